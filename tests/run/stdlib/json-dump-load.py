# json.dump/json.load through objects with write() and read(), and the dump path's messages
import json

class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)

class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

sink = Sink()
json.dump({"a": [1, 2.5, None], "b": "é"}, sink)
text = ''.join(sink.chunks)
print(text)
print(json.load(Source(text)))
sink = Sink()
json.dump([1, {"x": True}], sink, indent=2, sort_keys=True)
print(''.join(sink.chunks))
try:
    json.dump([float('nan')], Sink(), allow_nan=False)
except ValueError as e:
    print(e)
print(json.load(Source('[1, 2]'), parse_int=float))
