#!/usr/bin/env python3
# Writes canonical-corpus.txt: run from ../shared/corpus as
#   python3 /path/to/tests/data/canonical-corpus.py > /path/to/tests/data/canonical-corpus.txt
import glob
import json

print("# Files of ../shared/corpus/files written by Pact's reference (metadata has pactRust) whose text already is")
print("# in canonical form: equal to json.dumps(d, indent=2, sort_keys=True, ensure_ascii=False), with or without a")
print("# final newline. tst_convertcorpus asserts `pactbench-cli convert FILE` gives each back byte for byte.")
print("# Made by: cd ../shared/corpus && python3 tests/data/canonical-corpus.py (see that script)")
for f in sorted(glob.glob('files/*.json')):
    t = open(f, encoding='utf-8').read()
    if 'pactRust' not in t:
        continue
    c = json.dumps(json.loads(t), indent=2, sort_keys=True, ensure_ascii=False)
    if t == c or t == c + '\n':
        print(f)
