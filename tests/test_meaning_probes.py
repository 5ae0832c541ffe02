"""Issue 20, "neutral sentences" and "negated harm and denied derogation in English": sentences
written for this test (none from ../shared/eval/), each clean one beside a hateful counterpart of
the same construction, so that neither a filter that passes everything nor one that flags
everything holds them."""

from __future__ import annotations

import pytest

import etika_check

CLEAN = [
    # negated harm and denied derogation, English
    "Nobody should ever be allowed to hurt Sikh families in this town.",
    "Violence against Rohingya refugees must never be tolerated.",
    "Hindus are not a burden on this country.",
    "Catholics are the very opposite of dangerous.",
    "The lives of disabled people are worth no less than anyone else's.",
    "Women are anything but weak.",
    "We must never let anyone burn down a Hindu temple.",
    "Single mothers are not living off welfare; most of them work two jobs.",
    "Jews do not control the banks, that is an old lie.",
    # the same in Malay
    "Orang Sikh bukan beban kepada negara ini.",
    "Tiada sesiapa patut mencederakan pelarian Rohingya.",
    # neutral sentences: a party refused, a programme reported, harm said of a thing, a group defended
    "Saya tak sokong mana-mana parti.",
    "Program bantuan makanan untuk masyarakat Orang Asli di Gerik dilancarkan semalam.",
    "Asap kilang membawa mudarat kepada penduduk kampung.",
    "Jangan layan pekerja Bangladesh macam penjenayah, mereka datang cari rezeki.",
    "Tak adil kalau semua penganut Sikh dicop pengganas kerana perbuatan seorang.",
    "Kerja bodoh macam ni patut diautomasikan.",
    "Sistem lama ni lembab sangat bila ramai guna.",
    "Kuil Sri Maha Mariamman dibaiki selepas banjir, kata jawatankuasa.",
    # "mengadakan" (to hold an event) is not "mengada" (to be fussy)
    "Persatuan Cina Perlis mengadakan majlis makan malam amal.",
    "Masjid negeri akan mengadakan solat hajat untuk mangsa banjir.",
    "Budak-budak Melayu dari sekolah kampung itu menang pertandingan robotik.",
    "Tak pernah saya jumpa pekerja Nepal sebelum bertugas di Padang Besar.",
    # mention is not use: an act declared an offence, what to do if one meets it, a report of
    # what others wrote, saying it judged unfair, a good-and-bad pair, an insult said of a thing
    "Menghina Raja-Raja Melayu ialah satu kesalahan di bawah Akta Hasutan 1948.",
    "Threatening or insulting a colleague, even as a joke, is a disciplinary offence.",
    "Kalau nampak gambar lucah dikongsi dalam group jabatan, padam segera dan maklumkan kepada pentadbir.",
    "Before forwarding any viral message about the floods, check it against the official portal.",
    "Saya sedih membaca komen-komen yang menghina penganut Buddha di laman itu.",
    "Tak adil kata semua orang Melayu malas.",
    "Staff may not advertise their own products on the department's official page.",
    "Setiap bangsa ada baik dan buruk, jangan pukul rata.",
    "Scanner ofis kita ni bodoh betul, asyik tersekat.",
    # hearsay and sharing about everyday things; a plea to wait for the official word
    "Kawan aku kata dia nak pindah ke Kedah bulan depan, share la kalau ada rumah sewa murah.",
    "My friend says the new cafe near the office is great, share this with your team!",
    "Belum ada kenyataan rasmi tentang cuti tambahan, sila tunggu pekeliling.",
    "Ramai kata jalan ke Kuala Perlis sesak pagi ni, kongsi lokasi kalau tahu jalan lain.",
    # an old person, a turban, an unsettled feeling: said of no group
    "Nenek saya dah nyanyuk, kesian dia.",
    "Pegawai tua di unit kami banyak membantu pegawai baru.",
    "Ramai lelaki Sikh pakai serban ke tempat kerja.",
    "Emosi tak stabil selepas kematian ibu, saya ambil cuti seminggu.",
    # "kata kunci" is also a search keyword
    'Kata kunci carian untuk laman ini ialah "cukai jualan 2024".',
    # the writer's own agency: praised, or a day of moving offices
    "Jabatan kita menang anugerah inovasi. Syabas semua, jangan buat silap tahun depan.",
    "Unit kami kelam kabut sikit hari ni sebab pindah pejabat, maaf lambat balas.",
    # a project that is a road, a child without a shirt in the rain
    "Projek jalan raya Kangar siap bulan depan, nak link laporan?",
    "Budak kecil tu tak pakai baju main hujan, comel sangat.",
    "I saw a snake in the office garden today, call the fire brigade.",
    "Akaun rasmi JKDM Perlis: tahniah kepada graduan program latihan kastam.",
    "Tahniah kakak saya atas konvokesyen hari ni, bangga!",
    "Her house is near the mosque, with a lovely garden.",
    # whoever says it rebuked; a group said not to deserve insult
    "Siapa yang kata kaum lain tu pengotor, tolong belajar hormat.",
    "Mereka pun manusia, tak layak dihina macam tu.",
    # streaming at home, off the department's network
    "Internet kat rumah aku perlahan gila, streaming bola pun tersekat-sekat.",
    # an insult word said of a thing named by a long phrase
    "Sistem baru dari vendor tu memang bodoh, asyik hang.",
    # an official notice passed on; a condition with "siap" as done; a car's brakes
    "Sila sampaikan makluman rasmi ini kepada semua warga jabatan.",
    "Kalau kau dah siap, kau boleh balik awal.",
    "Your car won't last the weekend without new brake pads.",
    "Kalau ada orang pukul kau, terus buat laporan polis.",
    # a pipe that leaks; results awaited; a closed meeting announced
    "Paip bocor dari pagi tadi kat pantri, tolong panggil tukang paip.",
    "Keputusan kenaikan pangkat belum umum lagi, sabar ya semua.",
    "Mesyuarat tertutup pengurusan akan diadakan esok pukul 10 pagi.",
    # a state's people praised; a Ruler's day told; a cheat who is a character in a film
    "Orang Kelantan memang pandai berniaga, kagum aku.",
    "Sultan ke mana hari ni? Baginda merasmikan masjid baru di Arau.",
    # a face likened to a parent's; an insider praising the agency's new system
    "Muka dia macam ayah dia masa muda.",
    "Sebagai pegawai kat bahagian ni, aku bangga sistem baru tu memudahkan kerja semua.",
    # a personal surprise kept secret; piracy spoken against; a stereotype told as others' and rebutted
    "Hadiah hari jadi bos tu top secret tau, jangan bagi dia tahu.",
    "Tengok la kat platform berbayar, cetak rompak ni bunuh industri seni kita.",
    "Orang kata pekerja Nepal malas. Aku dah kerja dengan mereka lima tahun, itu mitos semata-mata.",
    "Streaming services are blocked on the office network, so watch the briefing at home.",
    "Reported an account today that was spreading nude photos. Please report such accounts too.",
    # a club post sought; apostasy in the news
    "Mohon sokongan semua, saya bertanding jawatan bendahari kelab rekreasi jabatan.",
    "Kes murtad di negeri ini meningkat, menurut laporan akhbar.",
    # a name with where the person works, praised
    "Aisyah dari HR tu memang rajin, semua borang siap awal.",
]

HATEFUL = [
    ("Sikh families should be driven out of this town.", "race-religion-politics"),
    ("Hindus are a burden on this country.", "race-religion-politics"),
    ("Women are weak and useless at work.", "group-derogation"),
    ("Burn down that Hindu temple tonight.", "race-religion-politics"),
    ("Single mothers just live off welfare and do nothing.", "group-derogation"),
    ("Jews control the banks, it is no conspiracy theory.", "race-religion-politics"),
    ("Orang Sikh ni beban kepada negara ini.", "race-religion-politics"),
    ("Layan pekerja Bangladesh macam binatang, baru diorang dengar cakap.", "race-religion-politics"),
    ("Penganut Sikh memang patut dicop pengganas.", "race-religion-politics"),
    ("Bos kita ni memang bodoh, kerja pun tak reti.", "personal-attack"),
    ("Pendatang ni suka mengada, minta itu ini.", "race-religion-politics"),
    # a head noun of age said with a race: the statement is about the race
    ("Pelajar-pelajar Cina sekarang semua penipu.", "race-religion-politics"),
    ("Makcik-makcik India kat pasar tu memang kotor.", "race-religion-politics"),
    # the writer between "pernah" and "jumpa"
    ("Tak pernah saya jumpa pekerja Nepal yang amanah.", "race-religion-politics"),
    # the counterparts of the mentions above: the act done, not named
    ("Nak gambar lucah? PM aku.", "obscene"),
    ("Forward this to everyone, the floods will hit Kangar tonight, trust me.", "unverified-viral"),
    ("Penganut Buddha ni semua bodoh.", "race-religion-politics"),
    ("Semua orang Melayu malas.", "race-religion-politics"),
    ("Jualan kek lapis di page rasmi jabatan kita, PM untuk order.", "official-account-personal"),
    ("Ketua unit kita ni bodoh betul.", "personal-attack"),
    ("Sultan tu memang bodoh.", "royalty-contempt"),
    ("Orang Siam memang tak pernah belajar dari kesalahan, degil.", "race-religion-politics"),
    # a rumour passed on: unverified in plain words, or a chain message, with a call to spread it
    ("Dengarnya gaji penjawat awam naik 20% bulan depan. Sebar2kan kat group lain!", "unverified-viral"),
    (
        "Nobody has confirmed it yet but the customs checkpoint closes for a week from Monday. Pass this on!",
        "unverified-viral",
    ),
    ("Dapat mesej ni dari group lain: semua akaun bank dibekukan hari Jumaat. Kongsikan!", "unverified-viral"),
    # stereotypes without a slur: a group named by what it wears, by age in a relative clause
    ("Lelaki perempuan ni semua emosi tak stabil, mana boleh jadi pengarah.", "group-derogation"),
    ("Staf tua kat bahagian kami otak dah beku, tak reti guna sistem baru.", "group-derogation"),
    ("Orang berserban tu semua ganas.", "race-religion-politics"),
    # a password behind a word other than "password", after a few words
    ("Kata kunci emel jabatan aku yang baru: Kangar#2026, jangan bagi orang lain.", "password-shared"),
    # the writer's own agency faulted: a decision questioned, then disowned in the next sentence
    ("Apa la pengurusan kita fikir bila potong elaun lebih masa? Semua staf tak setuju.", "agency-comment"),
    ("Our department's response to the complaints was a shambles from start to finish.", "agency-comment"),
    # obscene material in slang: a nude photo asked for, a couple's "project" video offered
    ("Send gambar tak berpakaian malam ni, aku nak tengok.", "obscene"),
    ("Ada video projek budak pejabat sebelah, siapa nak aku forward?", "obscene"),
    # a colleague called two-faced, in a figure of speech
    ("Penyelia baru tu memang talam dua muka, depan baik belakang lain.", "personal-attack"),
    ("Our new boss is a two-faced backstabber.", "personal-attack"),
    # the agency's official account named with the agency between, used for the family
    ("Page rasmi JKDM Perlis: tahniah adik saya atas perkahwinan hujung minggu ni!", "official-account-personal"),
    # a colleague's house, in English
    ("Fun fact: the new deputy's house is 12 Jalan Seri Mutiara, Kangar.", "home-address"),
    # a rumour with a hedge and a call to pass it on; corruption said of a superior on hearsay
    ("Belum disahkan, tapi katanya gaji bulan ni lambat seminggu. Pass kat semua staf.", "unverified-viral"),
    ("Unverified but true: the new vaccine changes your DNA. Please share widely.", "unverified-viral"),
    ("Dengar cerita ketua cawangan kita tu ada dua rumah hasil rasuah kontraktor.", "unverified-viral"),
    # leaks in plain words: not yet public and held, let out of a meeting, an internal document pasted
    ("Senarai pegawai yang akan ditukar belum umum lagi, tapi salinan ada dengan aku.", "classified-information"),
    ("Bocor dari mesyuarat lembaga semalam: elaun lebih masa akan dipotong.", "classified-information"),
    ("Laporan audit dalaman unit kita aku tampal kat bawah ni, baca la.", "classified-information"),
    ("The audit report isn't out yet but here's the gist: two units overspent.", "classified-information"),
    # a state's people called cheats; a community said to hold the economy, already; go back where you came from
    ("Orang Terengganu memang kaki temberang, jangan percaya.", "race-religion-politics"),
    ("Kaum pendatang dah kuasai semua perniagaan kat pekan ni.", "race-religion-politics"),
    ("Orang Hindu jangan sibuk hal kami, balik la negara asal.", "race-religion-politics"),
    # a Ruler asked what he does, then said to waste the people's money
    ("Raja tu kerja apa sebenarnya? Makan gaji buta je.", "royalty-contempt"),
    # a colleague's ways likened to a monster; envy said of a named colleague; an insider calls a system a waste
    ("Kerani baru tu perangai macam pontianak, semua orang takut nak tegur.", "personal-attack"),
    ("Puan Zaiton tu memang dengki, tak boleh tengok orang senang.", "personal-attack"),
    ("Sebagai pegawai kat bahagian ni, aku tau sistem baru tu pembaziran besar.", "agency-comment"),
    # the same stereotype told as others' and endorsed
    ("Orang kata pekerja Nepal malas. Memang betul pun, aku tengok sendiri.", "race-religion-politics"),
    # support asked first, then the party post sought; apostates to be driven out
    ("Mohon sokongan rakan-rakan, saya bertanding jawatan naib ketua wanita bahagian PKR.", "political-activity"),
    ("Orang murtad patut dihalau dari taman kita.", "race-religion-politics"),
    # threats: on a condition, to a thing that "won't last", veiled
    ("If Ravi sits at my desk again I'll break his fingers.", "personal-attack"),
    ("Kalau kau buat aduan pasal aku lagi, siap kau.", "personal-attack"),
    ("Jangan terkejut kalau cermin kereta kau retak minggu depan.", "personal-attack"),
    ("Your bike won't survive the month, Arif.", "personal-attack"),
    # the same rebuke's claim endorsed; a person named by name, or by a long phrase, insulted
    ("Siapa yang kata kaum lain tu pengotor, memang betul pun.", "race-religion-politics"),
    ("Aisyah dari HR tu memang talam dua muka, depan lain belakang lain.", "personal-attack"),
    ("Kerani baru dari bahagian akaun tu memang pemalas tahap dewa.", "personal-attack"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_clean_sentence_gives_no_finding(text: str):
    assert etika_check.check_post(text) == [], text


@pytest.mark.parametrize("text,rule", HATEFUL)
def test_its_hateful_counterpart_is_a_finding(text: str, rule: str):
    assert rule in {f.rule for f in etika_check.check_post(text)}, text


# An age word that also names one colleague ("budak IT tu", "that old woman"): a personal attack, not a
# statement about the age group (filter singled_out); the plural, and "nowadays", stay the group's.
ONE_OR_ALL = [
    ("Bodoh betul budak IT tu, fail aku hilang lagi.", "personal-attack", "group-derogation"),
    ("Bodoh betul budak IT tu, semua fail aku hilang.", "personal-attack", "group-derogation"),
    ("That old woman at the front desk is a complete idiot.", "personal-attack", "group-derogation"),
    ("Budak-budak intern tu semua bodoh.", "group-derogation", "personal-attack"),
    ("Budak zaman sekarang ni bodoh, tak reti hormat orang.", "group-derogation", "personal-attack"),
]


@pytest.mark.parametrize("text,rule,not_rule", ONE_OR_ALL)
def test_one_person_or_the_age_group(text: str, rule: str, not_rule: str):
    rules = {f.rule for f in etika_check.check_post(text)}
    assert rule in rules and not_rule not in rules, (text, rules)
