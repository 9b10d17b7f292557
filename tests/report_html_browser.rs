//! `--format html` in a real browser: headless Chromium renders the seeds'
//! report, the test checks the DOM it built (marks coloured by verdict and
//! focusable, matrix cells linking to articles, no script errors) and leaves
//! a screenshot at `target/html-report/report.png` to look at.
//!
//! `.ci/run` installs Debian's `chromium` when it is missing, so CI always
//! runs this; elsewhere, without a Chromium, the test says SKIP loudly and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::Command as Cmd;

/// The first Chromium on PATH.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// Runs Chromium headless on `page` with `extra` arguments, in a fresh profile.
fn headless(chromium: &Path, profile: &Path, page: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs")
}

#[test]
// The SKIP notice goes to stderr so that it shows in `cargo test` output.
#[allow(clippy::print_stderr)]
fn html_report_renders_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        eprintln!("\n{}\nSKIP: no chromium on PATH; html_report_renders_in_headless_chromium did not run\n(.ci/run installs it: apt-get install -y chromium)\n{}\n", "!".repeat(72), "!".repeat(72));
        return;
    };
    let dir = std::env::current_dir().unwrap().join("target/html-report");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("report.html");
    let out = Cmd::cargo_bin("factcheck")
        .unwrap()
        .args(["report", "seeds", "--claims", "claims", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the seeds have an error");
    std::fs::write(&page, &out.stdout).unwrap();

    let profile = tempfile::tempdir().unwrap();
    let dumped = headless(&chromium, profile.path(), &page, &["--dump-dom"]);
    let dom = String::from_utf8_lossy(&dumped.stdout);
    let log = String::from_utf8_lossy(&dumped.stderr);
    assert!(dom.contains("<main>"), "the page rendered: {log}");
    // The browser's own DOM: every finding the report marks is there, coloured and focusable.
    let marks = dom.matches("<mark ").count();
    assert!(marks >= 10, "{marks} marks");
    assert_eq!(
        dom.matches("<mark ").count(),
        dom.matches("tabindex=\"0\" data-claim=").count(),
        "every mark is focusable"
    );
    assert!(dom.contains("class=\"contradicts\" tabindex=\"0\" data-claim=\"talks-duration\""));
    assert_eq!(
        dom.matches("<td class=\"contradicts\"><a href=\"#m")
            .count(),
        1
    );
    assert!(dom.matches("<td class=\"supports\"><a href=\"#m").count() >= 20);
    assert!(dom.matches("<td class=\"disagrees\"><a href=\"#m").count() >= 1);
    assert!(dom.contains("role=\"tooltip\""));
    // Every in-page link lands somewhere.
    for link in dom.split("href=\"#").skip(1) {
        let target = &link[..link.find('"').unwrap()];
        assert!(dom.contains(&format!("id=\"{target}\"")), "no #{target}");
    }
    assert!(
        !log.contains("Uncaught") && !log.contains(":CONSOLE"),
        "script errors: {log}"
    );
    assert!(!dom.contains("<script"));

    let shot = dir.join("report.png");
    let taken = headless(
        &chromium,
        profile.path(),
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,2400",
            "--hide-scrollbars",
        ],
    );
    let png = std::fs::read(&shot).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}): {}",
            String::from_utf8_lossy(&taken.stderr)
        )
    });
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 50_000,
        "{} bytes",
        png.len()
    );
}
