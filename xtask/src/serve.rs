//! A static file server for the built bundle on 127.0.0.1, used by
//! `cargo xtask run` and by the end-to-end tests, so the tests drive exactly
//! what a reader is served. It never serves outside its folder.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use tiny_http::{Header, Request, Response, Server};

pub struct StaticServer {
    server: Arc<Server>,
    url: String,
    worker: JoinHandle<()>,
}

impl StaticServer {
    /// Binds 127.0.0.1:`port` (0 picks a free port) and serves `root` from a
    /// background thread, answering each request on a thread of its own: a
    /// client that stops reading (a frame torn down mid-download) then holds
    /// only its own answer, not every other page's.
    pub fn start(root: &Path, port: u16) -> Result<Self, String> {
        let server = Server::http(("127.0.0.1", port))
            .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
        let address = server
            .server_addr()
            .to_ip()
            .ok_or("the server has no IP address")?;
        let server = Arc::new(server);
        let root: Arc<Path> = Arc::from(root);
        let worker = {
            let server = Arc::clone(&server);
            thread::spawn(move || {
                for request in server.incoming_requests() {
                    let root = Arc::clone(&root);
                    thread::spawn(move || respond(&root, request));
                }
            })
        };
        Ok(Self {
            server,
            url: format!("http://{address}"),
            worker,
        })
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Blocks until the server stops (in practice: until the process ends).
    pub fn wait(self) {
        let _ = self.worker.join();
    }

    /// Stops serving and waits for the worker to finish.
    pub fn stop(self) {
        self.server.unblock();
        let _ = self.worker.join();
    }
}

/// The policy the widget is built to run under (issue 9's strictest): no
/// inline script or style, wasm compiled from the widget's own files.
pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// A common policy that forgot WebAssembly: `script-src 'self'` without
/// `'wasm-unsafe-eval'` (the no-WebAssembly example).
pub const NO_WASM_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'";

/// The `Content-Security-Policy` header a served file gets, as a host would
/// configure its server: [`STRICT_CSP`] for the strict-CSP example,
/// [`NO_WASM_CSP`] for the no-WebAssembly one, none otherwise.
fn policy_for(path: &Path) -> Option<&'static str> {
    match path.file_name().and_then(|name| name.to_str()) {
        Some("strict-csp.html") => Some(STRICT_CSP),
        Some("no-wasm-policy.html") => Some(NO_WASM_CSP),
        _ => None,
    }
}

fn respond(root: &Path, request: Request) {
    let accepted = request
        .headers()
        .iter()
        .filter(|header| header.field.equiv("Accept-Encoding"))
        .map(|header| header.value.as_str().to_string())
        .collect::<Vec<_>>()
        .join(",");
    let response = match resolve(root, request.url()) {
        Some(path) => {
            let encoding = encoding_for(&path, &accepted);
            let file = match encoding {
                Some(suffix) => crate::compress::with_suffix(&path, suffix),
                None => path.clone(),
            };
            match std::fs::read(&file) {
                Ok(body) => {
                    let mut response = Response::from_data(body)
                        .with_header(header("Content-Type", content_type(&path)))
                        .with_header(header("Cache-Control", "no-store"))
                        // The widget's files are public: a page in a frame
                        // sandboxed without `allow-same-origin` has an opaque
                        // origin, and its module scripts and wasm are
                        // cross-origin requests that need this.
                        .with_header(header("Access-Control-Allow-Origin", "*"))
                        .with_status_code(200);
                    if let Some(suffix) = encoding {
                        let name = if suffix == "br" { "br" } else { "gzip" };
                        response.add_header(header("Content-Encoding", name));
                    }
                    if has_copies(&path) {
                        response.add_header(header("Vary", "Accept-Encoding"));
                    }
                    if let Some(policy) = policy_for(&path) {
                        response.add_header(header("Content-Security-Policy", policy));
                    }
                    response
                }
                Err(_) => not_found(),
            }
        }
        None => not_found(),
    };
    // A client that went away is not our problem.
    let _ = request.respond(response);
}

/// Whether `path` has precompressed copies beside it (`compress.rs`).
fn has_copies(path: &Path) -> bool {
    crate::compress::with_suffix(path, "br").is_file()
}

/// The copy to send for `path` given the request's `Accept-Encoding`:
/// `Some("br")`, `Some("gz")` or `None` (the file itself). A copy is used
/// only when it is at least as new as the file (a file rewritten after the
/// build, as the benchmark's pages are, is sent as it is).
fn encoding_for(path: &Path, accept_encoding: &str) -> Option<&'static str> {
    let modified = |file: &Path| {
        std::fs::metadata(file)
            .and_then(|meta| meta.modified())
            .ok()
    };
    let original = modified(path)?;
    [("br", "br"), ("gzip", "gz")]
        .into_iter()
        .filter(|(coding, _)| accepts(accept_encoding, coding))
        .map(|(_, suffix)| suffix)
        .find(|suffix| {
            modified(&crate::compress::with_suffix(path, suffix))
                .is_some_and(|copy| copy >= original)
        })
}

/// Whether an `Accept-Encoding` value accepts `coding` (named, with a
/// quality other than 0; `*` counts).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        let refused = parts.any(|param| {
            param
                .strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q == 0.0)
        });
        (name.eq_ignore_ascii_case(coding) || name == "*") && !refused
    })
}

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string("not found")
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
        .with_status_code(404)
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

/// Maps a request path to a file under `root`, or `None` for anything that
/// would leave it. Query strings and fragments are ignored; a folder serves
/// its `index.html`.
fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|component| !matches!(component, Component::Normal(_)))
    {
        return None;
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>home</p>").unwrap();
        std::fs::write(dir.join("app.wasm"), b"\0asm").unwrap();
        dir
    }

    #[test]
    fn resolves_files_and_folder_index_and_ignores_query() {
        let root = fixture();
        assert_eq!(resolve(&root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(&root, "/app.wasm?v=1"), Some(root.join("app.wasm")));
        assert_eq!(resolve(&root, "/missing.js"), None);
        // A folder without index.html is not served.
        assert_eq!(resolve(&root, "/sub/"), None);
    }

    #[test]
    fn refuses_paths_that_leave_the_root() {
        let root = fixture();
        assert_eq!(resolve(&root.join("sub"), "/../index.html"), None);
        assert_eq!(resolve(&root, "/./index.html"), None);
    }

    #[test]
    fn only_the_policy_examples_get_a_policy_header() {
        assert_eq!(
            policy_for(Path::new("dist/examples/strict-csp.html")),
            Some(STRICT_CSP)
        );
        assert_eq!(
            policy_for(Path::new("dist/examples/no-wasm-policy.html")),
            Some(NO_WASM_CSP)
        );
        assert_eq!(policy_for(Path::new("dist/index.html")), None);
        assert_eq!(
            policy_for(Path::new("dist/examples/two-instances.html")),
            None
        );
    }

    #[test]
    fn accept_encoding_is_read_with_its_qualities() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip;q=1.0, br;q=0.5", "br"));
        assert!(!accepts("gzip, br;q=0", "br"));
        assert!(accepts("*", "gzip"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("identity", "br"));
    }

    #[test]
    fn the_smallest_fresh_copy_the_browser_accepts_is_chosen() {
        let root = std::env::temp_dir().join(format!("xtask-encoding-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        let file = root.join("page.html");
        std::fs::write(&file, "<p>old</p>").unwrap();
        std::fs::write(root.join("page.html.br"), b"br").unwrap();
        std::fs::write(root.join("page.html.gz"), b"gz").unwrap();
        assert_eq!(encoding_for(&file, "gzip, br"), Some("br"));
        assert_eq!(encoding_for(&file, "gzip"), Some("gz"));
        assert_eq!(encoding_for(&file, ""), None);
        // Rewritten after the copies were made: sent as it is.
        std::fs::File::options()
            .write(true)
            .open(&file)
            .and_then(|open| {
                open.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
            })
            .unwrap();
        assert_eq!(encoding_for(&file, "gzip, br"), None);
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn wasm_is_served_as_application_wasm() {
        assert_eq!(content_type(Path::new("a/b.wasm")), "application/wasm");
        assert_eq!(
            content_type(Path::new("x.html")),
            "text/html; charset=utf-8"
        );
    }

    #[test]
    fn a_client_that_stops_reading_holds_up_no_one_else() {
        use std::io::{Read, Write};
        use std::net::TcpStream;
        use std::time::Duration;

        let root = std::env::temp_dir().join(format!("xtask-serve-stall-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("index.html"), "<p>home</p>").unwrap();
        // 32 MB: far more than both ends' socket buffers hold.
        std::fs::write(root.join("big.bin"), vec![7u8; 32 << 20]).unwrap();
        let server = StaticServer::start(&root, 0).unwrap();
        let address = server.url().trim_start_matches("http://").to_string();

        // The big file asked for; once its first bytes arrive the server is
        // writing it, and it cannot finish, for the rest is never read.
        let mut stalled = TcpStream::connect(&address).unwrap();
        write!(stalled, "GET /big.bin HTTP/1.1\r\nHost: test\r\n\r\n").unwrap();
        let mut status = [0u8; 12];
        stalled.read_exact(&mut status).unwrap();
        assert_eq!(&status, b"HTTP/1.1 200");
        let mut other = TcpStream::connect(&address).unwrap();
        other
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        write!(
            other,
            "GET /index.html HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        let read = other.read_to_string(&mut answer);
        drop(stalled);
        server.stop();
        read.expect("the other client is answered while the first one stalls");
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(answer.ends_with("<p>home</p>"), "{answer}");
    }
}
