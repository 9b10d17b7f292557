//! README.md stays renderable and its examples stay true (README "Examples in
//! this README"): code fences are balanced, and every `sh` block runs unless
//! the line above its fence is `<!-- not run: why -->`.

use std::path::Path;
use std::process::Command;

/// A fenced block: its info string, its lines, and whether it is marked not run.
#[derive(Debug)]
struct Block {
    line: usize,
    info: String,
    body: Vec<String>,
    not_run: bool,
}

/// The fenced blocks of a Markdown text; `Err` names the line of a fence never closed.
fn blocks(text: &str) -> Result<Vec<Block>, usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        let fence: String = trimmed
            .chars()
            .take_while(|&c| c == '`' || c == '~')
            .collect();
        if fence.len() < 3 || !fence.chars().all(|c| c == fence.chars().next().unwrap()) {
            i += 1;
            continue;
        }
        let open = i;
        let previous = open.checked_sub(1).map(|p| lines[p].trim()).unwrap_or("");
        let mut body = Vec::new();
        i += 1;
        loop {
            let Some(line) = lines.get(i) else {
                return Err(open + 1);
            };
            let t = line.trim_start();
            if t.starts_with(&fence)
                && t.trim_end()
                    .chars()
                    .all(|c| c == fence.chars().next().unwrap())
            {
                break;
            }
            body.push(line.to_string());
            i += 1;
        }
        out.push(Block {
            line: open + 1,
            info: trimmed[fence.len()..].trim().to_string(),
            body,
            not_run: previous.starts_with("<!-- not run"),
        });
        i += 1;
    }
    Ok(out)
}

#[test]
fn fences_are_found_and_an_unclosed_one_is_named() {
    let ok = blocks("a\n```sh\nx\n```\n<!-- not run: slow -->\n~~~\ny\n~~~\n").unwrap();
    assert_eq!(ok.len(), 2);
    assert_eq!((ok[0].info.as_str(), ok[0].not_run), ("sh", false));
    assert!(ok[1].not_run);
    assert!(matches!(blocks("a\n```yaml\nx: 1\n\n## Next\n"), Err(2)));
}

#[test]
fn readme_code_fences_are_balanced() {
    let text = std::fs::read_to_string("README.md").unwrap();
    if let Err(line) = blocks(&text) {
        panic!("README.md: the code fence opened on line {line} is never closed");
    }
}

#[test]
fn readme_shell_blocks_run_or_are_marked_not_run() {
    let text = std::fs::read_to_string("README.md").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("factcheck");
    let bin_dir = bin.parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut ran = 0;
    for block in blocks(&text).unwrap() {
        if !matches!(block.info.as_str(), "sh" | "bash" | "shell" | "console") || block.not_run {
            continue;
        }
        for line in &block.body {
            let command = line.split(" #").next().unwrap_or("").trim();
            if command.is_empty() {
                continue;
            }
            // A build inside the test would run this test again, and again.
            assert!(
                !command.split_whitespace().any(|w| w == "cargo"),
                "README.md line {}: `{command}` runs cargo; mark its block `<!-- not run: why -->`",
                block.line
            );
            let out = Command::new("sh")
                .args(["-c", command])
                .env("PATH", &path)
                .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                matches!(out.status.code(), Some(0 | 1)) && !stderr.contains("panicked"),
                "README.md line {}: `{command}` exited {:?}: {stderr}\n\
                 (mark a block that cannot run with `<!-- not run: why -->` above its fence)",
                block.line,
                out.status.code()
            );
            ran += 1;
        }
    }
    assert!(ran > 0, "README.md has no shell example that runs");
}
