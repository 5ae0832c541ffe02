/**
 * Malay stemmer for the Sphinx search of the handbook: the JavaScript twin of
 * stem() in search.py (see there for the algorithm).  Both must give
 * the same stem for every word; tests/test_handbook_search.py checks this.
 * The word lists are filled in from search.py at build time.
 */
var EtikaMalayStemmer = (function () {
  "use strict";
  var DATA = /*ETIKA_STEMMER_DATA*/{};
  var MIN_ROOT = 3;
  var VOWELS = "aeiou";
  var K_ROOTS = new Set(DATA.K_ROOTS || []);
  var M_ROOTS = new Set(DATA.M_ROOTS || []);
  var N_ROOTS = new Set(DATA.N_ROOTS || []);
  var I_ROOTS = new Set(DATA.I_ROOTS || []);
  var AN_ROOTS = new Set(DATA.AN_ROOTS || []);
  var PARTICLES = [["lah", 5], ["kah", 5], ["tah", 5], ["pun", 4]];
  var SECOND_PREFIXES = {
    di: new Set(["per"]),
    ter: new Set(["per"]),
    ke: new Set(["ber", "per", "peN", "ter"]),
    se: new Set(["ber", "per", "peN", "ter"])
  };

  function isVowel(c) { return c !== undefined && VOWELS.indexOf(c) >= 0; }
  function isIn(c, letters) { return c !== undefined && letters.indexOf(c) >= 0; }
  function starts(w, p) { return w.slice(0, p.length) === p; }
  function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }

  function restore(rest, letter, roots, dflt) {
    if (roots.has(letter + rest)) return letter + rest;
    return dflt + rest;
  }

  function stripPrefix(w, allowed) {
    function ok(kind, rest) {
      if (allowed !== null && !allowed.has(kind)) return null;
      if (rest.length < MIN_ROOT) return null;
      return [rest, kind];
    }
    var r = null;
    if (starts(w, "memper")) r = ok("memper", w.slice(6));
    else if (starts(w, "meny") && w.length > 4 && isVowel(w[4])) r = ok("meN", "s" + w.slice(4));
    else if (starts(w, "meng") && w.length > 4 && isVowel(w[4])) r = ok("meN", restore(w.slice(4), "k", K_ROOTS, ""));
    else if (starts(w, "meng") && w.length > 4) r = ok("meN", w.slice(4));
    else if (starts(w, "mem") && w.length > 3 && isVowel(w[3])) r = ok("meN", restore(w.slice(3), "m", M_ROOTS, "p"));
    else if (starts(w, "mem") && w.length > 3 && isIn(w[3], "bfpv")) r = ok("meN", w.slice(3));
    else if (starts(w, "men") && w.length > 3 && isVowel(w[3])) r = ok("meN", restore(w.slice(3), "n", N_ROOTS, "t"));
    else if (starts(w, "men") && w.length > 3 && isIn(w[3], "cdjtsz")) r = ok("meN", w.slice(3));
    else if (starts(w, "me") && w.length > 2 && isIn(w[2], "lmnrwy")) r = ok("meN", w.slice(2));
    else if (starts(w, "peny") && w.length > 4 && isVowel(w[4])) r = ok("peN", "s" + w.slice(4));
    else if (starts(w, "peng") && w.length > 4 && isVowel(w[4])) r = ok("peN", restore(w.slice(4), "k", K_ROOTS, ""));
    else if (starts(w, "peng") && w.length > 4) r = ok("peN", w.slice(4));
    else if (starts(w, "pem") && w.length > 3 && isVowel(w[3])) r = ok("peN", restore(w.slice(3), "m", M_ROOTS, "p"));
    else if (starts(w, "pem") && w.length > 3 && isIn(w[3], "bfpv")) r = ok("peN", w.slice(3));
    else if (starts(w, "pen") && w.length > 3 && isVowel(w[3])) r = ok("peN", restore(w.slice(3), "n", N_ROOTS, "t"));
    else if (starts(w, "pen") && w.length > 3 && isIn(w[3], "cdjtsz")) r = ok("peN", w.slice(3));
    else if (starts(w, "pelajar") || starts(w, "belajar")) r = ok(w[0] === "p" ? "peN" : "ber", w.slice(3));
    else if (starts(w, "per")) r = ok("per", w.slice(3));
    else if (starts(w, "pe") && w.length > 2 && !isVowel(w[2])) r = ok("peN", w.slice(2));
    else if (starts(w, "bekerja")) r = ok("ber", w.slice(2));
    else if (starts(w, "ber")) r = ok("ber", w.slice(3));
    else if (starts(w, "ter")) r = ok("ter", w.slice(3));
    else if (starts(w, "di")) r = ok("di", w.slice(2));
    else if (starts(w, "ke") && w.length - 2 >= 4) r = ok("ke", w.slice(2));
    else if (starts(w, "se") && w.length - 2 >= 6) r = ok("se", w.slice(2));
    return r !== null ? r : [w, ""];
  }

  function stripPrefixes(w) {
    var first = stripPrefix(w, null);
    var rest = first[0];
    if (Object.prototype.hasOwnProperty.call(SECOND_PREFIXES, first[1])) {
      rest = stripPrefix(rest, SECOND_PREFIXES[first[1]])[0];
    }
    return [rest, first[1]];
  }

  function stem(word) {
    var current = word.toLowerCase();
    for (var n = 0; n < 5; n++) {
      var following = stemOnce(current);
      if (following === current) break;
      current = following;
    }
    return current;
  }

  function stemOnce(word) {
    var w = word;
    var i;
    if (w.indexOf("-") >= 0) {
      var idx = w.indexOf("-");
      var left = w.slice(0, idx), right = w.slice(idx + 1);
      if (left && right) {
        var sl = stemOnce(left), sr = stemOnce(right);
        if (left === right || sl === sr || ends(sl, sr)) return sr;
      }
      return stemOnce(w.replace(/-/g, ""));
    }
    if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
    for (i = 0; i < PARTICLES.length; i++) {
      var p = PARTICLES[i][0], keep = PARTICLES[i][1];
      if (ends(w, p) && w.length - p.length >= keep) { w = w.slice(0, w.length - p.length); break; }
    }
    if (ends(w, "nya") && w.length - 3 >= MIN_ROOT) w = w.slice(0, -3);
    if (ends(w, "kan")) {
      if (w.length - 3 >= MIN_ROOT) w = w.slice(0, -3);
      return stripPrefixes(w)[0];
    }
    if (ends(w, "an") && w.length - 2 >= MIN_ROOT) {
      var all = stripPrefixes(w)[0];
      if (AN_ROOTS.has(all)) return all;
      return stripPrefixes(w.slice(0, -2))[0];
    }
    if (ends(w, "i") && w.length - 1 >= 4) {
      var whole = stripPrefixes(w);
      if (whole[1] && !I_ROOTS.has(whole[0])) {
        var shorter = stripPrefixes(w.slice(0, -1));
        if (shorter[1] && shorter[0].length >= MIN_ROOT) return shorter[0];
      }
      return whole[0];
    }
    return stripPrefixes(w)[0];
  }

  return { stem: stem };
})();

/* The interface Sphinx's searchtools.js expects. */
var Stemmer = function () {
  this.stemWord = function (w) {
    return EtikaMalayStemmer.stem(w);
  };
};

if (typeof module !== "undefined" && module.exports) {
  module.exports = { stem: EtikaMalayStemmer.stem, Stemmer: Stemmer };
}
