# The Python side of the browser checker's bridge (run by the Web Worker and by
# wasm/node/*.mjs after the wheels are unpacked). JavaScript passes a JSON
# string in and gets a JSON string back: no to_js / proxy conversion, so the
# browser sees exactly the JSON that `etika-check --format json` prints.
import json
import sys

import etika_check
from etika_check import jsonapi

if hasattr(jsonapi, "handle_json"):
    # The engine's own JSON-text entry point (also answers non-JSON input).
    etika_handle_json = jsonapi.handle_json
else:
    def etika_handle_json(request_json):
        return json.dumps(jsonapi.handle(json.loads(request_json)), ensure_ascii=False, sort_keys=True)


def etika_info():
    return json.dumps({
        "python": sys.version.split()[0],
        "etika_check": getattr(etika_check, "__version__", None),
    })


# One request of each kind, answered into the void, so the first real check
# finds the rule data loaded and the patterns compiled (and python-stdnum's
# tables read). The worker runs it after a plain start; the bundle's memory
# snapshot (wasm/node/snapshot.mjs) is taken after it.
WARM_UP = (
    {"tool": "post", "text": "Semakan awal: 880515-02-5511 bodoh."},
    {"tool": "time", "when": "2026-01-05T10:00:00+08:00", "policy": "jkdm-2010", "holidays": []},
    {"tool": "file", "name": "a.pdf", "size": 1},
    {"tool": "account", "name": "Facebook Rasmi JKDM"},
)


# What a shared engine (the one a handbook page starts in idle time: etika-worker.js) answers
# before any page asks: the above, and a draft with a finding of most kinds in the page's own
# request shape (a limit, a profile). The snapshot holds Python warm, not the browser's machine
# code: V8 compiles each WebAssembly function the first time it runs, so the first draft a reader
# pastes into a warm engine would otherwise pay for the code its findings need.
IDLE_WARM_UP = WARM_UP + (
    {
        "tool": "post",
        "limit": 300,
        "profile": "both",
        "text": (
            "Salam sejahtera semua. Kaunter kami dibuka jam 9 pagi hingga 5 petang setiap hari bekerja. "
            "Pegawai baru itu memang bengap, tak guna langsung. No. kad pengenalan: 900101-14-5678, tolong "
            "kongsi. TULAR: semua sekolah ditutup esok! The new manager is a useless idiot. Call 012-345 6789."
        ),
    },
)


def etika_warm_up():
    for request in WARM_UP:
        etika_handle_json(json.dumps(request))
