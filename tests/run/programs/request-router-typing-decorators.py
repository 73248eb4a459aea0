# An HTTP-style request router: route decorators with path parameters compiled to regexes, middleware wrappers (functools.wraps), typing.Protocol (runtime_checkable), TypedDict (total=False), Generic[T] result types, typing.overload, Literal/Final/ClassVar annotations, __init_subclass__ registering handlers with class keywords, get_type_hints-free annotations introspection, and a dispatch loop with status-code errors.
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, overload,
                    runtime_checkable)

T = TypeVar("T")
Method = Literal["GET", "POST", "DELETE"]
MAX_BODY: Final = 64


class Headers(TypedDict, total=False):
    content_type: str
    auth: str


@dataclass
class Request:
    method: str
    path: str
    headers: Headers = field(default_factory=dict)
    body: str = ""
    params: Dict[str, Any] = field(default_factory=dict)


@dataclass
class Response(Generic[T]):
    status: int
    payload: Optional[T] = None

    def render(self) -> str:
        return f"{self.status} {json.dumps(self.payload, sort_keys=True)}"


class HttpError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(status, message)
        self.status = status
        self.message = message


@runtime_checkable
class Handler(Protocol):
    def __call__(self, request: Request) -> Response[Any]: ...


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


CONVERTERS: Dict[str, Tuple[str, Callable[[str], Any]]] = {
    "int": (r"\d+", int),
    "str": (r"[^/]+", str),
    "slug": (r"[a-z0-9-]+", str),
}


class Router:
    routes: List[Tuple[str, re.Pattern, Dict[str, Callable], Callable]]

    def __init__(self) -> None:
        self.routes = []
        self.middleware: List[Callable[[Callable], Callable]] = []

    def compile(self, template: str) -> Tuple[re.Pattern, Dict[str, Callable]]:
        converters = {}

        def repl(m: re.Match) -> str:
            kind, name = m.group(1) or "str", m.group(2)
            regex, conv = CONVERTERS[kind]
            converters[name] = conv
            return f"(?P<{name}>{regex})"

        pattern = re.sub(r"<(?:(\w+):)?(\w+)>", repl, template)
        return re.compile(pattern + r"\Z"), converters

    def route(self, template: str, method: Method = "GET") -> Callable[[Callable], Callable]:
        def decorator(func: Callable) -> Callable:
            pattern, converters = self.compile(template)
            self.routes.append((method, pattern, converters, func))
            return func
        return decorator

    def use(self, mw: Callable[[Callable], Callable]) -> Callable[[Callable], Callable]:
        self.middleware.append(mw)
        return mw

    def dispatch(self, request: Request) -> Response:
        allowed = []
        for method, pattern, converters, func in self.routes:
            m = pattern.match(request.path)
            if m is None:
                continue
            if method != request.method:
                allowed.append(method)
                continue
            request.params = {k: converters[k](v) for k, v in m.groupdict().items()}
            handler = func
            for mw in reversed(self.middleware):
                handler = mw(handler)
            try:
                return handler(request)
            except HttpError as exc:
                return Response(exc.status, {"error": exc.message})
        if allowed:
            return Response(405, {"allow": sorted(allowed)})
        return Response(404, {"error": f"no route for {request.path}"})


app = Router()
calls: List[str] = []


@app.use
def logging_mw(handler: Callable) -> Callable:
    @functools.wraps(handler)
    def wrapper(request: Request) -> Response:
        calls.append(f"{request.method} {request.path} -> {handler.__name__}")
        return handler(request)
    return wrapper


@app.use
def auth_mw(handler: Callable) -> Callable:
    @functools.wraps(handler)
    def wrapper(request: Request) -> Response:
        if getattr(handler, "needs_auth", False) and request.headers.get("auth") != "secret":
            raise HttpError(401, "unauthorized")
        return handler(request)
    return wrapper


def needs_auth(func: Callable) -> Callable:
    func.needs_auth = True
    return func


USERS: Dict[int, Dict[str, Any]] = {1: {"name": "ann", "tags": ["admin"]}, 2: {"name": "bo", "tags": []}}


@app.route("/users")
def list_users(request: Request) -> Response[List[int]]:
    return Response(200, sorted(USERS))


@app.route("/users/<int:uid>")
def get_user(request: Request) -> Response[Dict[str, Any]]:
    uid = request.params["uid"]
    if uid not in USERS:
        raise HttpError(404, f"user {uid} not found")
    return Response(200, USERS[uid])


@app.route("/users", method="POST")
@needs_auth
def create_user(request: Request) -> Response[Dict[str, int]]:
    if len(request.body) > MAX_BODY:
        raise HttpError(413, "body too large")
    data = json.loads(request.body)
    uid = max(USERS) + 1
    USERS[uid] = {"name": data["name"], "tags": data.get("tags", [])}
    return Response(201, {"id": uid})


@app.route("/users/<int:uid>", method="DELETE")
@needs_auth
def delete_user(request: Request) -> Response[None]:
    USERS.pop(request.params["uid"], None)
    return Response(204)


@app.route("/posts/<slug:slug>/<name>")
def post(request: Request) -> Response[str]:
    return Response(200, "{slug}:{name}".format_map(request.params))


class Resource:
    registry: ClassVar[Dict[str, type]] = {}
    prefix: ClassVar[str] = ""

    def __init_subclass__(cls, path: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.prefix = path
        Resource.registry[path] = cls
        app.route(path + "/status")(lambda request, cls=cls: Response(200, cls.__name__))


class Health(Resource, path="/health"):
    pass


class Metrics(Resource, path="/metrics"):
    pass


@overload
def first(items: List[T]) -> T: ...
@overload
def first(items: List[T], default: T) -> T: ...
def first(items, default=None):
    return items[0] if items else default


def describe(value: Union[int, str, None]) -> str:
    match value:
        case None:
            return "nothing"
        case int(n):
            return f"int {n}"
        case str(s):
            return f"str {s!r}"


requests = [
    Request("GET", "/users"),
    Request("GET", "/users/2"),
    Request("GET", "/users/9"),
    Request("POST", "/users", body='{"name": "cy", "tags": ["new"]}'),
    Request("POST", "/users", {"auth": "secret"}, '{"name": "cy", "tags": ["new"]}'),
    Request("POST", "/users", {"auth": "secret"}, '{"name": "' + "x" * 70 + '"}'),
    Request("DELETE", "/users/1", {"auth": "secret"}),
    Request("GET", "/users"),
    Request("PUT", "/users/2"),
    Request("GET", "/posts/hello-world/intro"),
    Request("GET", "/posts/Bad_Slug/intro"),
    Request("GET", "/health/status"),
    Request("GET", "/metrics/status"),
]
for req in requests:
    print(f"{req.method:<6} {req.path:<26} {app.dispatch(req).render()}")
print(*calls[:3], sep="\n")
print(len(calls), sorted(Resource.registry), Metrics.prefix)
print(isinstance(get_user, Handler), isinstance(app, Closeable), isinstance(open, Closeable))
print(first([3, 4]), first([], "empty"), describe(None), describe(7), describe("x"))
print(get_user.__name__, get_user.__annotations__)
print(Response.__annotations__, sorted(Headers.__annotations__), Headers.__total__)
print(Response[int], Response[int](200, 5), Dict[str, List[int]], Optional[int], Method)
h: Headers = {"content_type": "json"}
print(h, type(h).__name__, T, T.__name__)
