# TypedDict classes take the `total=` class keyword (and subclasses keep
# their own); instances are plain dicts.
from typing import TypedDict


class Config(TypedDict, total=False):
    host: str
    port: int


class Movie(TypedDict):
    title: str
    year: int


class Extended(Config):
    debug: bool


cfg: Config = {"host": "localhost"}
print(Config(host="x"), Movie(title="t", year=1), Extended(debug=True), cfg)
print(Config.__total__, Movie.__total__, Extended.__total__)
print(Config.__annotations__, Movie.__annotations__)
print(type(Movie(title="a", year=2)).__name__)
