//! User text is always rendered as text: no `inner_html` anywhere in the app,
//! so nothing a user types (or imports) can become markup or script.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_sets_inner_html() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "the source tree was found");
    // Split so this file does not match its own search.
    let needles = [
        concat!("inner", "_html"),
        concat!("set_inner", "_html"),
        concat!("innerHTML", ""),
    ];
    let offenders: Vec<String> = files
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            needles
                .iter()
                .filter(|n| text.contains(*n))
                .map(|n| format!("{} uses {n}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(offenders.is_empty(), "{offenders:#?}");
}
