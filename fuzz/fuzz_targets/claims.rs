//! Fuzzes the claims loader: any text is either a claims file or a list of
//! errors, never a panic, and every error span lies inside the text.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match factcheck::claims::parse(Path::new("fuzz.yaml"), text) {
        Ok(file) => {
            // A loaded file must be usable by the extractor.
            let _ = factcheck::extract::ExtractOptions::from_claims(&file);
        }
        Err(errors) => {
            assert!(!errors.errors.is_empty());
            // Rendering draws the spans: a span off a char boundary would panic here.
            let mut rendered = String::new();
            let handler = miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::none());
            let _ = handler.render_report(&mut rendered, &errors);
        }
    }
});
