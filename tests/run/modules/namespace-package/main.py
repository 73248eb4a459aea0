# Namespace packages: folders without `__init__.py` import as packages
# (nested ones too), with `import a.b`, `from a import b`, `from a.b import x`
# and relative imports inside them; `__file__` of a namespace package is None
# and it has no code of its own.
import plugins.audio.mp3
from plugins.audio import wav
from plugins.video import NAME as VIDEO
from tools.strings import shout
import tools

print(plugins.audio.mp3.decode("song"), wav.decode("clip"), VIDEO)
print(shout("hi"), tools.__file__, plugins.__file__ is None)
print(plugins.audio.__name__, plugins.audio.mp3.__name__, wav.__package__)
print(hasattr(plugins, "audio"), hasattr(tools, "strings"))
