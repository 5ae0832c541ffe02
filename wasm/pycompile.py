# Compile a pure-Python wheel to .pyc for the Pyodide runtime, run INSIDE that
# runtime by wasm/node/pycompile.mjs, so the bytecode always matches the
# runtime's interpreter (Pyodide 314 runs CPython 3.14; the build machine's
# Python may be 3.11). The same transformation as pyodide-build's
# `pyodide py-compile` (pyodide_build/_py_compile.py): every .py becomes a
# .pyc at the same path with dfile = its path in the wheel, other members are
# kept as they are, RECORD is left alone, and the tag py3 becomes cpXY. Unlike
# it: hash-based .pyc (py_compile's default when SOURCE_DATE_EPOCH is set) and
# every member stamped with SOURCE_DATE_EPOCH, so the bytes are reproducible:
# zip_member() of src/etika_tools/reproducible.py, which pycompile.mjs runs
# first in the same namespace (the release stamps its zips with it too).
import os
import py_compile
import sys
import zipfile


def compiled_name(wheel_name):
    stem = wheel_name[: -len(".whl")]
    parts = stem.split("-")
    if len(parts) != 5 or parts[3:] != ["none", "any"]:
        raise ValueError(f"not a pure-Python wheel name without build tag: {wheel_name}")
    parts[2] = "cp%d%d" % sys.version_info[:2]
    return "-".join(parts) + ".whl"


def compile_wheel(src, out_dir, epoch):
    name = compiled_name(os.path.basename(src))
    tmp_py = os.path.join(out_dir, "_member.py")
    tmp_pyc = tmp_py + "c"
    with (
        zipfile.ZipFile(src) as zin,
        zipfile.ZipFile(os.path.join(out_dir, name), "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zout,
    ):
        for info in zin.infolist():
            if info.filename.endswith(".pyc"):
                continue
            data = zin.read(info)
            member = info.filename
            if member.endswith(".py"):
                with open(tmp_py, "wb") as f:
                    f.write(data)
                py_compile.compile(
                    tmp_py,
                    cfile=tmp_pyc,
                    dfile=member,
                    doraise=True,
                    invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH,
                )
                with open(tmp_pyc, "rb") as f:
                    data = f.read()
                member += "c"
            new = zip_member(member, epoch)  # noqa: F821 (reproducible.py)
            new.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(new, data)
    for p in (tmp_py, tmp_pyc):
        if os.path.exists(p):
            os.remove(p)
    return name
