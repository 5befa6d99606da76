//! The architecture, checked on every test run by reading the sources as text:
//! - the app's modules point down through its layers (shell → pages → panels → components and charts →
//!   dashboard model → doors and services → foundations), never up;
//! - no module of the app or of the crates imports in a circle (between siblings at any depth: a
//!   module's own files may use each other through their parent);
//! - no function outside tests is longer than [`MAX_FUNCTION_LINES`].
//!
//! References are `crate::…` paths (use trees included) and `super::…` paths, outside comments, string
//! literals and `#[cfg(test)]` modules.

// A test reading files on the host: the app's size lints (clippy.toml) are not for it.
#![allow(clippy::disallowed_methods)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The app's top-level modules, from the top layer down. A module may use its own layer's modules
/// (without a circle) and those of the layers below.
const APP_LAYERS: &[&[&str]] = &[
    &["app"],
    &["pages"],
    &["panels"],
    &["components", "charts"],
    &["dashboard"],
    &[
        "api", "state", "router", "embed", "config", "export", "format", "i18n",
    ],
    &["browser", "lean", "split"],
];

/// The longest a function may be, in lines, outside tests.
const MAX_FUNCTION_LINES: usize = 120;

/// A module path inside a crate (`["components", "panel"]`); empty for the crate root.
type ModPath = Vec<String>;

/// One source file: its module path and its code with comments, strings and test modules removed.
struct Source {
    path: PathBuf,
    module: ModPath,
    code: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(src_dir: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src_dir).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// `text` with comments blanked, string and char literals emptied (line breaks kept, so line numbers
/// stay true).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (next == Some('#') || next == Some('"'))
            && !ident_char(chars.get(i.wrapping_sub(1)))
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match chars.get(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    Some('\n') => out.push('\n'),
                    _ => {}
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if chars.get(i) == Some(&'\n') {
                    out.push('\n');
                }
                i += 1;
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' && next == Some('\\') {
            // An escaped char literal: '\n', '\'', '\u{…}'.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            out.push_str("' '");
            i += 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            out.push_str("' '");
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_char(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || *c == '_')
}

/// The end (exclusive) of the brace block that opens at or after `from`.
fn block_end(code: &str, from: usize) -> usize {
    let bytes = code.as_bytes();
    let Some(open) = code[from..].find('{').map(|o| from + o) else {
        return code.len();
    };
    let mut depth = 0;
    for (i, b) in bytes.iter().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// `code` without its `#[cfg(test)]` items (their lines kept as blank lines).
fn without_tests(code: &str) -> String {
    let mut out = code.to_string();
    while let Some(at) = out.find("#[cfg(test)]") {
        let end = block_end(&out, at);
        let blank: String = out[at..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(at..end, &blank);
    }
    out
}

fn sources(src_dir: &Path) -> Vec<Source> {
    let mut files = vec![];
    rust_files(src_dir, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            Source {
                module: module_of(src_dir, &path),
                code: without_tests(&code_only(&text)),
                path,
            }
        })
        .collect()
}

/// The tokens of a use tree: identifiers, `::`, braces, commas and `*`; anything else ends the tree.
fn tokens(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            let mut ident = c.to_string();
            while let Some(&n) = chars.peek().filter(|n| n.is_alphanumeric() || **n == '_') {
                ident.push(n);
                chars.next();
            }
            out.push(ident);
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            out.push("::".into());
        } else if matches!(c, '{' | '}' | ',' | '*') {
            out.push(c.to_string());
        } else if !c.is_whitespace() {
            break;
        }
        if out.len() > 400 {
            break;
        }
    }
    out
}

/// The paths of the use tree that starts at `tokens[at]` (`a::{b, c::d as e}`), and where it ends.
fn tree(tokens: &[String], mut at: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix: Vec<String> = vec![];
    loop {
        match tokens.get(at).map(String::as_str) {
            Some("{") => {
                at += 1;
                let mut paths = vec![];
                while !matches!(tokens.get(at).map(String::as_str), None | Some("}")) {
                    let (inner, next) = tree(tokens, at);
                    paths.extend(
                        inner
                            .into_iter()
                            .map(|p| prefix.iter().cloned().chain(p).collect()),
                    );
                    at = next;
                    if tokens.get(at).map(String::as_str) == Some(",") {
                        at += 1;
                    } else {
                        break;
                    }
                }
                return (paths, at + 1);
            }
            Some(t) if t != "::" && t != "," && t != "}" && t != "*" => {
                prefix.push(t.to_string());
                at += 1;
                match tokens.get(at).map(String::as_str) {
                    Some("::") => at += 1,
                    Some("as") => return (vec![prefix], at + 2),
                    _ => return (vec![prefix], at),
                }
            }
            Some("*") => return (vec![prefix], at + 1),
            _ => return (if prefix.is_empty() { vec![] } else { vec![prefix] }, at),
        }
    }
}

/// The paths a use tree names, from just after `crate::` or `super::`.
fn use_tree(text: &str) -> Vec<Vec<String>> {
    tree(&tokens(text), 0).0
}

/// The module paths `code` refers to, resolved from `module` (a file's module).
fn references(module: &ModPath, code: &str) -> Vec<ModPath> {
    let mut out = vec![];
    for (at, _) in code.match_indices("crate::") {
        if ident_char(code[..at].chars().last().as_ref()) {
            continue;
        }
        out.extend(use_tree(&code[at + "crate::".len()..]));
    }
    for (at, _) in code.match_indices("super::") {
        if ident_char(code[..at].chars().last().as_ref()) || code[..at].ends_with("::") {
            continue;
        }
        // `super` is the module's parent (a directory's mod.rs is the directory's module).
        let base: ModPath = module[..module.len().saturating_sub(1)].to_vec();
        for p in use_tree(&code[at + "super::".len()..]) {
            out.push(base.iter().cloned().chain(p).collect());
        }
    }
    out
}

/// Module → the modules it uses (file modules, by their longest known prefix).
fn graph(srcs: &[Source]) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let known: BTreeSet<ModPath> = srcs.iter().map(|s| s.module.clone()).collect();
    let mut edges: BTreeMap<ModPath, BTreeSet<ModPath>> = BTreeMap::new();
    for s in srcs {
        for r in references(&s.module, &s.code) {
            let target = (0..=r.len())
                .rev()
                .map(|n| r[..n].to_vec())
                .find(|p| known.contains(p))
                .unwrap_or_default();
            if target != s.module && !target.is_empty() {
                edges.entry(s.module.clone()).or_default().insert(target);
            }
        }
    }
    edges
}

/// The circles among siblings: for each parent, its children's modules with the uses between them
/// (a use of a child's descendant counts as a use of that child).
fn circles(edges: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<Vec<String>> {
    let mut siblings: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (from, tos) in edges {
        for to in tos {
            let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
            if common < from.len() && common < to.len() {
                siblings
                    .entry(from[..common].to_vec())
                    .or_default()
                    .entry(from[common].clone())
                    .or_default()
                    .insert(to[common].clone());
            }
        }
    }
    let mut found = vec![];
    for (parent, g) in &siblings {
        for start in g.keys() {
            // A path from `start` back to itself.
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((node, path)) = stack.pop() {
                for next in g.get(&node).into_iter().flatten() {
                    if next == start {
                        let mut circle: Vec<String> = path.iter().map(|n| join(parent, n)).collect();
                        circle.push(join(parent, start));
                        found.push(circle);
                    } else if seen.insert(next.clone()) {
                        let mut p = path.clone();
                        p.push(next.clone());
                        stack.push((next.clone(), p));
                    }
                }
            }
        }
    }
    found
}

fn join(parent: &ModPath, name: &str) -> String {
    parent
        .iter()
        .map(String::as_str)
        .chain([name])
        .collect::<Vec<_>>()
        .join("::")
}

fn layer_of(module: &str) -> Option<usize> {
    APP_LAYERS.iter().position(|l| l.contains(&module))
}

/// Functions longer than [`MAX_FUNCTION_LINES`]: (file, first line, lines).
fn long_functions(srcs: &[Source]) -> Vec<(String, usize, usize)> {
    let mut out = vec![];
    for s in srcs {
        let code = &s.code;
        for (at, _) in code.match_indices("fn ") {
            if ident_char(code[..at].chars().last().as_ref()) {
                continue;
            }
            // The body starts at the first `{` before a `;` (a declaration without body has none).
            let rest = &code[at..];
            let (Some(open), semi) = (rest.find('{'), rest.find(';')) else {
                continue;
            };
            if semi.is_some_and(|s| s < open) {
                continue;
            }
            let end = block_end(code, at);
            let lines = code[at..end].lines().count();
            if lines > MAX_FUNCTION_LINES {
                let line = code[..at].lines().count() + 1;
                let file = s.path.strip_prefix(root()).unwrap_or(&s.path);
                out.push((file.display().to_string(), line, lines));
            }
        }
    }
    out
}

fn crate_sources() -> Vec<(String, Vec<Source>)> {
    let root = root();
    ["src", "crates/report-api/src", "crates/report-server/src"]
        .into_iter()
        .map(|d| (d.to_string(), sources(&root.join(d))))
        .collect()
}

#[test]
fn the_app_layers_point_down() {
    let srcs = sources(&root().join("src"));
    let edges = graph(&srcs);
    let mut wrong = vec![];
    for (from, tos) in &edges {
        let Some(a) = from.first() else { continue };
        let Some(la) = layer_of(a) else {
            wrong.push(format!("{a} is in no layer (add it to APP_LAYERS)"));
            continue;
        };
        for to in tos {
            let Some(b) = to.first().filter(|b| *b != a) else {
                continue;
            };
            match layer_of(b) {
                Some(lb) if lb >= la => {}
                _ => wrong.push(format!(
                    "{} uses {} (a layer above, or none)",
                    from.join("::"),
                    to.join("::")
                )),
            }
        }
    }
    assert!(wrong.is_empty(), "uses against the layers:\n{}", wrong.join("\n"));
    // Every top-level module has its layer.
    for s in &srcs {
        if let Some(m) = s.module.first() {
            assert!(layer_of(m).is_some(), "{m} is in no layer (add it to APP_LAYERS)");
        }
    }
}

#[test]
fn no_module_imports_in_a_circle() {
    for (dir, srcs) in crate_sources() {
        let found = circles(&graph(&srcs));
        assert!(found.is_empty(), "import circles in {dir}:\n{found:#?}");
    }
}

#[test]
fn no_function_is_longer_than_the_limit() {
    let long: Vec<String> = crate_sources()
        .iter()
        .flat_map(|(_, srcs)| long_functions(srcs))
        .map(|(file, line, n)| format!("{file}:{line}: {n} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}

/// The checks themselves see what they must (a check that cannot fail would prove nothing).
#[test]
fn the_checks_see_uses_circles_and_long_functions() {
    let code = code_only(
        "use crate::{a::b, c::{d, e::f as g}};\n// crate::not_this\nlet s = \"crate::nor_this\";\nsuper::g::h();\n",
    );
    let refs = references(&vec!["x".into(), "y".into()], &code);
    let names: Vec<String> = refs.iter().map(|r| r.join("::")).collect();
    assert_eq!(names, vec!["a::b", "c::d", "c::e::f", "x::g::h"]);
    let mut edges = BTreeMap::new();
    let m = |s: &str| s.split("::").map(String::from).collect::<ModPath>();
    edges.insert(m("p::a::one"), BTreeSet::from([m("p::b")]));
    edges.insert(m("p::b"), BTreeSet::from([m("p::a")]));
    assert_eq!(
        circles(&edges).len(),
        2,
        "p::a → p::b → p::a, found from each end"
    );
    let body = format!("fn long() {{\n{}}}\n", "    x();\n".repeat(MAX_FUNCTION_LINES));
    let src = Source {
        path: "t.rs".into(),
        module: vec![],
        code: body,
    };
    assert_eq!(long_functions(&[src]).len(), 1);
    assert_eq!(
        without_tests("a\n#[cfg(test)]\nmod tests {\n fn t() {}\n}\nb")
            .lines()
            .count(),
        6
    );
}
