# globals() reads the module namespace (a snapshot dict); dir() without an
# argument at module level; dir() of an imported module.
import helper
print(dir())
x = 1
def f():
    return globals()['x'] + 1
def pick(name):
    return globals()[name]
print(f(), pick('f') is f, pick('helper') is helper)
g = globals()
print(list(g)[:2], g['__name__'], g['__doc__'], 'f' in g, 'nope' in g, g['x'])
print([k for k in globals() if not k.startswith('__')])
print(globals().get('missing', 'default'))
print(sorted(locals())[-4:], vars()['x'])
print(dir()[-5:])
print(dir(helper))
print(helper.names())
handlers = {name: fn for name, fn in globals().items() if name.startswith('handle_')}
def handle_a():
    return 'A'
def handle_b():
    return 'B'
handlers = {name: fn for name, fn in globals().items() if name.startswith('handle_')}
print(sorted(handlers), handlers['handle_b']())
