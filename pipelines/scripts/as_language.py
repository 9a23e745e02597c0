"""Copy a trained pipeline and declare it another language, so its components can be sourced
into a pipeline of that language (spaCy refuses to source across languages).

    python scripts/as_language.py ../extractor/models/nb training/nb-as-sv sv

Used by the sequential Swedish variant (`configs/sv-seq.cfg`): Norwegian first, then Swedish.
The weights do not depend on the language code: the hashed features are of the word strings.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("dest", type=Path)
    ap.add_argument("lang")
    args = ap.parse_args()
    if args.dest.exists():
        shutil.rmtree(args.dest)
    shutil.copytree(args.source, args.dest)
    config = args.dest / "config.cfg"
    config.write_text(re.sub(r'(?m)^lang = "\w+"', f'lang = "{args.lang}"', config.read_text(encoding="utf-8")),
                      encoding="utf-8")
    meta_path = args.dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["lang"] = args.lang
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    print(f"{args.dest}: {args.source} as language {args.lang!r}")


if __name__ == "__main__":
    main()
