//! The canonical text form of TIR, used by `--emit ir` and the IR snapshot
//! tests. Ids print in creation order; nothing depends on addresses or hash
//! order, so the dump is stable.

use super::*;
use std::fmt::Write;

/// Render the whole program.
pub fn print_program(program: &Program) -> String {
    let mut res = String::new();
    for (id, module) in program.modules.iter() {
        let _ = writeln!(
            res,
            "module {id} {} \"{}\" init {}",
            module.name, module.path, module.init
        );
        for global in &module.globals {
            let info = &program.globals[*global];
            match info.bound_at {
                Some(at) => writeln!(res, "  global {global} {} bound-at({at})", info.name),
                None => writeln!(res, "  global {global} {}", info.name),
            }
            .ok();
        }
    }
    for (id, constant) in program.consts.iter() {
        let _ = writeln!(res, "const {id} = {}", render_const(constant));
    }
    for (id, func) in program.functions.iter() {
        res.push('\n');
        res.push_str(&print_function(program, id, func));
    }
    res
}

fn render_const(constant: &Const) -> String {
    match constant {
        Const::Str(text) => format!("str {text:?}"),
        Const::BigInt(digits) => format!("int {digits}"),
        Const::Float(value) => format!("float {value:?}"),
        Const::Complex(re, im) => format!("complex {re:?} {im:?}"),
        Const::Bytes(bytes) => format!("bytes {:?}", String::from_utf8_lossy(bytes)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|item| item.to_string()).collect();
            format!("tuple ({})", parts.join(", "))
        }
    }
}

/// Render one function.
pub fn print_function(program: &Program, id: FuncId, func: &Function) -> String {
    let mut res = String::new();
    let params: Vec<String> = func.params.iter().map(|p| p.to_string()).collect();
    let _ = write!(res, "fn {id} {:?} ({})", func.name, params.join(", "));
    if func.is_module_init {
        res.push_str(" module-init");
    }
    if let Some(generic) = &func.generic {
        let _ = write!(res, " generic({})", generic.param_names);
        if generic.shape != 0 {
            let _ = write!(res, " shape({:#x})", generic.shape);
        }
    }
    if func.is_generator {
        res.push_str(" generator");
    }
    if func.runs_after != 0 {
        let _ = write!(res, " runs-after({})", func.runs_after);
    }
    match func.async_kind {
        AsyncKind::None => {}
        AsyncKind::Coroutine => res.push_str(" coroutine"),
        AsyncKind::AsyncGenerator => res.push_str(" async-generator"),
    }
    if let Some(resume) = &func.resume {
        let slots: Vec<String> = resume.param_slots.iter().map(|l| l.to_string()).collect();
        let blocks: Vec<String> = resume.resume_blocks.iter().map(|b| b.to_string()).collect();
        let _ = write!(
            res,
            " resume(params {}; states {})",
            slots.join(", "),
            blocks.join(", ")
        );
    }
    if func.ret != Type::Obj {
        let _ = write!(res, " -> {}", func.ret);
    }
    let _ = writeln!(res, " {{");
    for (local_id, local) in func.locals.iter() {
        let _ = writeln!(res, "  local {local_id} {}: {}", local.name, local.ty);
    }
    for (block_id, block) in func.blocks.iter() {
        let _ = write!(res, "{block_id}:");
        if let Some(handler) = block.handler {
            let _ = write!(res, "  ; unwind -> {handler}");
        }
        res.push('\n');
        for inst in &block.insts {
            res.push_str("  ");
            if !inst.results.is_empty() {
                let results: Vec<String> = inst
                    .results
                    .iter()
                    .map(|value| format!("{value}: {}", func.values[*value]))
                    .collect();
                let _ = write!(res, "{} = ", results.join(", "));
            }
            let _ = writeln!(
                res,
                "{}  @{}",
                render_op(program, &inst.op),
                render_line(program, func, inst.line)
            );
        }
        let _ = writeln!(res, "  {}", render_term(&block.term));
    }
    res.push_str("}\n");
    res
}

/// A source line, or for code inlined from another function, its line
/// there and the calls it was inlined through (`4 in Vec.dot <- 12`).
fn render_line(program: &Program, func: &Function, line: u32) -> String {
    let mut parts = Vec::new();
    let mut line = line;
    while line & super::INLINED_LINE != 0 {
        let Some(frame) = func.inlined.get((line & !super::INLINED_LINE) as usize) else {
            parts.push(format!("?{line}"));
            return parts.join(" <- ");
        };
        let name = program
            .functions
            .items
            .get(frame.func.index())
            .map_or("?", |f| f.name.as_str());
        parts.push(format!("{} in {name}", render_own_line(frame.line)));
        line = frame.call_line;
    }
    parts.push(render_own_line(line));
    parts.join(" <- ")
}

/// `-` for a line that adds no traceback entry (`NO_FRAME_LINE`).
fn render_own_line(line: u32) -> String {
    if line == super::NO_FRAME_LINE {
        "-".into()
    } else {
        line.to_string()
    }
}

fn list(values: &[ValueId]) -> String {
    let parts: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    parts.join(", ")
}

fn opt(prefix: &str, value: &Option<ValueId>) -> String {
    value.map(|v| format!("{prefix}{v}")).unwrap_or_default()
}

fn kw(kwnames: &Option<ConstId>) -> String {
    kwnames.map(|k| format!(" kw {k}")).unwrap_or_default()
}

fn render_op(program: &Program, op: &Op) -> String {
    match op {
        Op::SmallInt(value) => format!("int {value}"),
        Op::Const(id) => format!("const {id}"),
        Op::None => "none".into(),
        Op::True => "true".into(),
        Op::False => "false".into(),
        Op::Builtin(index) => {
            format!(
                "builtin {}",
                typhon_abi::BUILTINS.get(*index as usize).unwrap_or(&"?")
            )
        }
        Op::LoadLocal { local, checked } => {
            format!(
                "load_local {local}{}",
                if *checked { " checked" } else { "" }
            )
        }
        Op::StoreLocal { local, value } => format!("store_local {local}, {value}"),
        Op::DelLocal(local) => format!("del_local {local}"),
        Op::LoadGlobal(global) => {
            format!("load_global {global} ({})", program.globals[*global].name)
        }
        Op::StoreGlobal { global, value } => format!("store_global {global}, {value}"),
        Op::DelGlobal(global) => format!("del_global {global}"),
        Op::BinOp { op, lhs, rhs } => format!("binop {} {lhs}, {rhs}", op.symbol()),
        Op::InplaceBinOp { op, lhs, rhs } => format!("inplace {}= {lhs}, {rhs}", op.symbol()),
        Op::Unary { op, operand } => format!("unary {op:?} {operand}"),
        Op::Compare { op, lhs, rhs } => format!("compare {} {lhs}, {rhs}", op.symbol()),
        Op::CompareBool { op, lhs, rhs } => format!("compare_bool {} {lhs}, {rhs}", op.symbol()),
        Op::Is { lhs, rhs } => format!("is {lhs}, {rhs}"),
        Op::ClassIs { obj, class } => format!("class_is {obj}, {class}"),
        Op::SmallInt2 { op, lhs, rhs } => format!("small_int {op:?} {lhs}, {rhs}"),
        Op::RecursionCheck { depth } => format!("recursion_check +{depth}"),
        Op::TypeCallCheck { depth } => format!("type_call_check +{depth}"),
        Op::NewInstance {
            class,
            slots,
            depth,
        } => format!("new_instance {class}, slots {slots}, check +{depth}"),
        Op::Contains { container, item } => format!("contains {container}, {item}"),
        Op::Truthy(value) => format!("truthy {value}"),
        Op::Not(value) => format!("not {value}"),
        Op::BoxBool(value) => format!("box_bool {value}"),
        Op::GetItem { obj, key } => format!("getitem {obj}[{key}]"),
        Op::SetItem { obj, key, value } => format!("setitem {obj}[{key}] = {value}"),
        Op::DelItem { obj, key } => format!("delitem {obj}[{key}]"),
        Op::GetAttr { obj, name } => format!("getattr {obj}.{name}"),
        Op::SetAttr { obj, name, value } => format!("setattr {obj}.{name} = {value}"),
        Op::DelAttr { obj, name } => format!("delattr {obj}.{name}"),
        Op::BuildSlice { start, stop, step } => format!("slice {start}, {stop}, {step}"),
        Op::BuildList(items) => format!("list [{}]", list(items)),
        Op::BuildTuple(items) => format!("tuple ({})", list(items)),
        Op::BuildSet(items) => format!("set {{{}}}", list(items)),
        Op::BuildDict(pairs) => {
            let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("dict {{{}}}", parts.join(", "))
        }
        Op::ListAppend { list, item } => format!("list_append {list}, {item}"),
        Op::Unpack(value) => format!("unpack {value}"),
        Op::GetIter(value) => format!("iter {value}"),
        Op::IterNext(value) => format!("iter_next {value}"),
        Op::IsDone(value) => format!("is_done {value}"),
        Op::IterNextUnpack(value) => format!("iter_next_unpack {value}"),
        Op::Str(value) => format!("str {value}"),
        Op::Repr(value) => format!("repr {value}"),
        Op::Ascii(value) => format!("ascii {value}"),
        Op::Format { value, spec } => format!("format {value}, {spec}"),
        Op::ConcatStr(parts) => format!("concat_str {}", list(parts)),
        Op::Call {
            callee,
            args,
            kwnames,
        } => format!("call {callee}({}){}", list(args), kw(kwnames)),
        Op::CallMethod {
            obj,
            name,
            args,
            kwnames,
        } => {
            format!("call_method {obj}.{name}({}){}", list(args), kw(kwnames))
        }
        Op::CallDirect { func, args } => format!(
            "call_direct {func} {:?}({})",
            program
                .functions
                .items
                .get(func.index())
                .map(|f| f.name.as_str())
                .unwrap_or("?"),
            list(args)
        ),
        Op::MakeFunction { func, defaults } => format!("make_function {func}, defaults {defaults}"),
        Op::MakeCell => "make_cell".into(),
        Op::LoadCell { cell, name, free } => {
            format!(
                "load_cell {cell} {name}{}",
                if *free { " free" } else { "" }
            )
        }
        Op::StoreCell { cell, value } => format!("store_cell {cell}, {value}"),
        Op::DelCell { cell, name, free } => {
            format!("del_cell {cell} {name}{}", if *free { " free" } else { "" })
        }
        Op::MakeClosure {
            func,
            defaults,
            closure,
        } => format!("make_closure {func}, defaults {defaults}, closure {closure}"),
        Op::ListExtend {
            list,
            iterable,
            callee,
        } => format!("list_extend {list}, {iterable}{}", opt(" for ", callee)),
        Op::DictMerge {
            dict,
            mapping,
            callee,
        } => format!("dict_merge {dict}, {mapping}{}", opt(" for ", callee)),
        Op::SetAdd { set, item } => format!("set_add {set}, {item}"),
        Op::SetContains { set, item } => format!("set_contains {set}, {item}"),
        Op::SetDiscard { set, item } => format!("set_discard {set}, {item}"),
        Op::DictGet { dict, key, default } => match default {
            Some(default) => format!("dict_get {dict}, {key}, {default}"),
            None => format!("dict_get {dict}, {key}"),
        },
        Op::ListTruthy(list) => format!("list_truthy {list}"),
        Op::ListGetItem { list, key } => format!("list_getitem {list}[{key}]"),
        Op::ListSetItem { list, key, value } => format!("list_setitem {list}[{key}] = {value}"),
        Op::WideSumNew => "wide_sum_new".to_string(),
        Op::WideSumAdd { acc, item, pow: 1 } => format!("wide_sum_add {acc}, {item}"),
        Op::WideSumAdd { acc, item, pow } => format!("wide_sum_add {acc}, {item} ** {pow}"),
        Op::WideSumTotal(acc) => format!("wide_sum_total {acc}"),
        Op::CallEx {
            callee,
            args,
            kwargs,
        } => format!("call_ex {callee}(*{args}{})", opt(", **", kwargs)),
        Op::UnpackEx {
            value,
            before,
            after,
        } => format!("unpack_ex {value}, {before}, {after}"),
        Op::ImportNative(index) => {
            format!(
                "import_native {}",
                typhon_abi::NATIVE_MODULES
                    .get(*index as usize)
                    .unwrap_or(&"?")
            )
        }
        Op::ImportModule(module) => format!("import_module {module}"),
        Op::ModuleAttr {
            module,
            global,
            from,
        } => {
            let name = &program.globals[*global].name;
            match from {
                Some(path) => format!("module_attr {module}.{global} ({name}) from {path}"),
                None => format!("module_attr {module}.{global} ({name})"),
            }
        }
        Op::FetchException => "fetch_exception".into(),
        Op::ExceptionMatches { exc, kind } => format!("exception_matches {exc}, {kind}"),
        Op::HandlerEnter(exc) => format!("handler_enter {exc}"),
        Op::HandlerExit(saved) => format!("handler_exit {saved}"),
        Op::RestoreException(exc) => format!("restore_exception {exc}"),
        Op::ResumeValue => "resume_value".into(),
        Op::MakeGenerator { resume, args } => {
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            format!("make_generator {resume}({})", args.join(", "))
        }
        Op::CloseIter(iter) => format!("close_iter {iter}"),
        Op::Float(value) => format!("float {value:?}"),
        Op::BoxFloat(value) => format!("box_float {value}"),
        Op::UnboxFloat(value) => format!("unbox_float {value}"),
        Op::IntToFloat(value) => format!("int_to_float {value}"),
        Op::CheckKind { value, float } => {
            format!(
                "check_kind {value}, {}",
                if *float { "float" } else { "int" }
            )
        }
        Op::Exact { func, args } => format!("exact {}({})", func.name(), list(args)),
        Op::NumCall { func, args } => {
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            format!("num_call {}({})", func.name(), args.join(", "))
        }
        Op::LoadField {
            obj,
            name,
            slot,
            raw,
        } => format!(
            "load_field {obj}.{name}[{slot}{}]",
            if *raw { " raw" } else { "" }
        ),
        Op::StoreField {
            obj,
            name,
            slot,
            raw,
            value,
        } => format!(
            "store_field {obj}.{name}[{slot}{}] = {value}",
            if *raw { " raw" } else { "" }
        ),
        Op::MatchClass {
            subject,
            cls,
            n_positional,
            kwnames,
        } => match kwnames {
            Some(names) => format!("match_class {subject}, {cls}, {n_positional}, kw={names}"),
            None => format!("match_class {subject}, {cls}, {n_positional}"),
        },
    }
}

fn render_term(term: &Terminator) -> String {
    match term {
        Terminator::Jump(target) => format!("jump {target}"),
        Terminator::Branch {
            cond,
            then_block,
            else_block,
        } => {
            format!("branch {cond}, {then_block}, {else_block}")
        }
        Terminator::Return(value) => format!("return {value}"),
        Terminator::Raise {
            exc,
            cause: Some(cause),
        } => format!("raise {exc} from {cause}"),
        Terminator::Raise { exc, cause: None } => format!("raise {exc}"),
        Terminator::Reraise => "reraise".into(),
        Terminator::AssertFail(Some(message)) => format!("assert_fail {message}"),
        Terminator::AssertFail(None) => "assert_fail".into(),
        Terminator::Propagate => "propagate".into(),
        Terminator::Yield {
            value,
            resume,
            delegate,
        } => {
            let verb = if *delegate { "yield_from" } else { "yield" };
            format!("{verb} {value}, resume {resume}")
        }
        Terminator::Unreachable => "unreachable".into(),
    }
}
