# textwrap: wrap/fill (hyphens, long words, indents, max_lines, sentence endings), shorten, dedent, indent
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known self-contained "
        "example -- with em-dashes--and a supercalifragilisticexpialidocious word, "
        "e-mail addresses and   extra\tspaces.\nNew line here.")
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
print(textwrap.wrap("Hello there.  Who are you? I am.", 40, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten(text, 40, placeholder=" (more)")))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("x y", 3, max_lines=1, placeholder="[long]")):
    try:
        bad()
    except ValueError as e:
        print(e)
wrapper = textwrap.TextWrapper(width=15, tabsize=4)
print(wrapper.wrap("a\tb\tc long words here"), wrapper.fill("x " * 10))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    end
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t\ta\n\t  b\n   \n")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "> ")))
print(repr(textwrap.indent("one\ntwo\n", "+ ", lambda line: True)))
