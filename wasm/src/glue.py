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
