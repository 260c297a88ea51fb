//! Precompressed copies of the release bundle: beside each text or wasm file
//! of `dist/`, `NAME.br` (brotli, quality 11) and `NAME.gz` (gzip, level 9),
//! written once after the build. The server (`serve.rs`) sends the smallest
//! one the browser accepts, with `Content-Encoding` and `Vary:
//! Accept-Encoding`, so readers download about a third of the raw bytes
//! (BENCHMARKS.md). Hosts can serve the same files (README, "Embed it").

use std::io::Write;
use std::path::{Path, PathBuf};

/// Extensions worth compressing: text and wasm (images are compressed
/// already).
const COMPRESSIBLE: [&str; 7] = ["html", "js", "css", "wasm", "svg", "json", "txt"];

/// Writes `.br` and `.gz` beside every compressible file under `dist`, and
/// returns how many files it compressed.
pub fn precompress(dist: &Path) -> Result<usize, String> {
    let mut count = 0;
    for file in files(dist)? {
        let bytes = std::fs::read(&file)
            .map_err(|error| format!("cannot read {}: {error}", file.display()))?;
        write(&with_suffix(&file, "br"), &brotli(&bytes)?)?;
        write(&with_suffix(&file, "gz"), &gzip(&bytes)?)?;
        count += 1;
    }
    Ok(count)
}

/// `file` with `.suffix` appended to its name (`a.js` → `a.js.br`).
pub fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// Every compressible file below `dir`, recursively.
fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|error| format!("cannot list {}: {error}", dir.display()))?
            .path();
        if path.is_dir() {
            found.extend(files(&path)?);
        } else if path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| COMPRESSIBLE.contains(&ext))
        {
            found.push(path);
        }
    }
    Ok(found)
}

/// Brotli at quality 11 (the densest; the time is spent once per build).
pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|error| format!("brotli: {error}"))?;
    Ok(out)
}

/// Gzip at level 9.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|error| format!("gzip: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn both_encodings_round_trip() {
        let text = "Parallax ".repeat(500);
        let br = brotli(text.as_bytes()).unwrap();
        let gz = gzip(text.as_bytes()).unwrap();
        assert!(br.len() < text.len() / 10 && gz.len() < text.len() / 10);
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn only_text_and_wasm_get_copies() {
        let dir = std::env::temp_dir().join(format!("xtask-compress-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("examples")).unwrap();
        std::fs::write(dir.join("app.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.join("examples/page.html"), "<p>hi</p>").unwrap();
        std::fs::write(dir.join("photo.png"), b"png").unwrap();
        assert_eq!(precompress(&dir).unwrap(), 2);
        assert!(dir.join("app.wasm.br").is_file() && dir.join("app.wasm.gz").is_file());
        assert!(dir.join("examples/page.html.br").is_file());
        assert!(!dir.join("photo.png.br").exists());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
