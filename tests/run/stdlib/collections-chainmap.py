# collections.ChainMap: lookups through several mappings, writes to the first,
# new_child/parents, views, len/iteration order, repr, errors.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["debug"], len(cm), list(cm), cm.get("missing", 0), "user" in cm)
print(cm)
print(list(cm.keys()), list(cm.items()), list(cm.values()), cm.keys())
cm["color"] = "blue"
print(cli, defaults["color"], dict(cm))
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[1] is cli, len(child.maps))
print(cm.new_child().maps[0], ChainMap().maps, bool(ChainMap({})), bool(cm))
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap()["x"]
except KeyError as e:
    print("KeyError", e)
print(cm.pop("color"), cm.setdefault("new", 1), cli, cm == dict(cm.items()), ChainMap({"a": 1}) | {"b": 2})
c2 = cm.copy()
c2["z"] = 0
print("z" in cm, "z" in c2, ChainMap.fromkeys(["a", "b"], 0))
