# The Python side of the browser checker's bridge (run by the Web Worker and by
# wasm/node/*.mjs after the wheels are unpacked). JavaScript passes a JSON
# string in and gets a JSON string back: no to_js / proxy conversion, so the
# browser sees exactly the JSON that `etika-check --format json` prints.
import json
import sys
import types

try:
    import ssl  # noqa: F401
except ImportError:
    # Pyodide 0.25 unvendors ssl from its standard library (it would be a
    # download from the Pyodide CDN). python-stdnum 2.x imports it at module
    # level in stdnum.util but only uses it for its online SOAP lookups, which
    # the checker never calls (and a browser could not make). A placeholder
    # module lets the import succeed; any use fails loudly with AttributeError.
    _ssl = types.ModuleType("ssl", "Placeholder: TLS is not available in the browser checker")

    def _missing(name):
        raise AttributeError(f"ssl.{name} is not available in the browser checker")

    _ssl.__getattr__ = _missing
    sys.modules["ssl"] = _ssl

import etika_check  # noqa: E402
from etika_check import jsonapi  # noqa: E402

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
