//! The app's layers depend one way only: pages → components → web → model (ARCHITECTURE.md, "Code map").
//! A native test that reads the sources: `src/web/` names no page and no component, and `src/components/`
//! names no page. (That only `src/web/` touches the browser is clippy's part: `clippy.toml`.)

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The Rust files under `folder`, at any depth.
fn rust_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(folder).expect("the folder exists") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
    files
}

/// Each line of code (comments left out) under `src/<folder>` that names one of `layers` from the
/// crate's root, with its file and line number.
fn lines_naming(folder: &str, layers: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let text = fs::read_to_string(&file).expect("a readable source file");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if layers
                .iter()
                .any(|layer| code.contains(&format!("crate::{layer}")))
            {
                found.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    found
}

#[test]
fn the_web_layer_names_no_page_and_no_component() {
    let found = lines_naming("web", &["pages", "components"]);
    assert!(
        found.is_empty(),
        "src/web/ depends on a layer above it:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_shared_components_name_no_page() {
    let found = lines_naming("components", &["pages"]);
    assert!(
        found.is_empty(),
        "src/components/ depends on a page:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_layers_are_where_the_check_looks() {
    // A renamed folder would let the checks above pass on nothing.
    assert!(!rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web")).is_empty());
    assert!(!rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components")).is_empty());
}
