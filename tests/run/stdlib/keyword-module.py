# keyword: the keyword lists and the membership tests.
import keyword
from keyword import *

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for word in ["if", "match", "case", "_", "print", "None", "none", "async", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(iskeyword("lambda"), issoftkeyword("match"), sorted(kwlist) == kwlist)
