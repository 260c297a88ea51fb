//! A static file server for the built bundle on 127.0.0.1, used by
//! `cargo xtask run` and by the end-to-end tests, so the tests drive exactly
//! what a reader is served. It never serves outside its folder.
//!
//! It is a few lines over `std::net`: one thread per connection, one request
//! per connection (`Connection: close`). It replaced `tiny_http` 0.12, whose
//! pool of connection threads can leave a new connection unread for as long
//! as the browser keeps its other connections open: when two connections
//! arrive together while one idle thread is waiting, both are queued for that
//! one thread (`TaskPool::spawn` counts it as waiting until it has woken).
//! Reproduced with fresh browser contexts loading the page two at a time: a
//! request for `parallax.js` never reached the handler, so `page.goto`
//! waited out its timeout (one test run in about two hundred in CI).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

pub struct StaticServer {
    address: SocketAddr,
    stopping: Arc<AtomicBool>,
    url: String,
    worker: JoinHandle<()>,
}

impl StaticServer {
    /// Binds 127.0.0.1:`port` (0 picks a free port) and serves `root` from a
    /// background thread, each connection on a thread of its own: a client
    /// that stops reading (a frame torn down mid-download) holds up only its
    /// own answer.
    pub fn start(root: &Path, port: u16) -> Result<Self, String> {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
        let address = listener
            .local_addr()
            .map_err(|error| format!("the server has no address: {error}"))?;
        let stopping = Arc::new(AtomicBool::new(false));
        let root: Arc<Path> = Arc::from(root);
        let worker = {
            let stopping = Arc::clone(&stopping);
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stopping.load(Ordering::Acquire) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let root = Arc::clone(&root);
                    thread::spawn(move || serve_connection(&root, stream));
                }
            })
        };
        Ok(Self {
            address,
            stopping,
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

    /// Stops accepting connections and waits for the accepting thread to
    /// finish (answers under way finish on their own threads).
    pub fn stop(self) {
        self.stopping.store(true, Ordering::Release);
        // Wakes the accepting thread, which then sees `stopping`.
        let _ = TcpStream::connect(self.address);
        let _ = self.worker.join();
    }
}

/// The most a request's line and headers may take.
const MAX_HEAD: u64 = 64 * 1024;

/// An answer: status, headers (without `Content-Length` and `Connection`,
/// which [`write_answer`] adds) and body.
struct Answer {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

/// Reads one request from `stream`, answers it and closes the connection.
fn serve_connection(root: &Path, stream: TcpStream) {
    // A client that sends nothing, or stops reading, is let go in time.
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(60)));
    let Ok(reader) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(reader.take(MAX_HEAD));
    let (answer, head_only) = match read_head(&mut reader) {
        Asked::Request(Head {
            method,
            target,
            accept_encoding,
        }) => match method.as_str() {
            "GET" => (answer(root, &target, &accept_encoding), false),
            "HEAD" => (answer(root, &target, &accept_encoding), true),
            _ => (plain(405, "only GET and HEAD are served"), false),
        },
        Asked::Malformed => (plain(400, "not a request this server reads"), false),
        // A connection opened ahead and never used (or given up): closed
        // without an answer, which a browser would take for its request's.
        Asked::Nothing => return,
    };
    let mut stream = stream;
    if write_answer(&mut stream, &answer, head_only).is_ok() {
        // Closes gently: the client reads the whole answer before the
        // connection goes.
        let _ = stream.shutdown(Shutdown::Write);
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let _ = std::io::copy(&mut stream.take(MAX_HEAD), &mut std::io::sink());
    }
}

/// A request's method, target (path and query, as sent) and every
/// `Accept-Encoding` value, joined with commas.
struct Head {
    method: String,
    target: String,
    accept_encoding: String,
}

/// What a connection brought.
enum Asked {
    Request(Head),
    /// Not an HTTP/1 request line and headers.
    Malformed,
    /// Not a byte before the connection closed or timed out.
    Nothing,
}

/// Reads the request line and headers, up to the blank line.
fn read_head(reader: &mut impl BufRead) -> Asked {
    let mut line = String::new();
    match reader.read_line(&mut line) {
        Ok(0) => return Asked::Nothing,
        Err(_) if line.is_empty() => return Asked::Nothing,
        Err(_) => return Asked::Malformed,
        Ok(_) => {}
    }
    read_request(&line, reader).map_or(Asked::Malformed, Asked::Request)
}

/// The rest of a request whose first line is `line`; `None` when it is not
/// HTTP/1.
fn read_request(line: &str, reader: &mut impl BufRead) -> Option<Head> {
    let mut parts = line.split_whitespace();
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if !version.starts_with("HTTP/1.") {
        return None;
    }
    let mut head = Head {
        method: method.to_string(),
        target: target.to_string(),
        accept_encoding: String::new(),
    };
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            return Some(head);
        }
        if let Some((name, value)) = header.split_once(':')
            && name.trim().eq_ignore_ascii_case("Accept-Encoding")
        {
            if !head.accept_encoding.is_empty() {
                head.accept_encoding.push(',');
            }
            head.accept_encoding.push_str(value.trim());
        }
    }
}

fn write_answer(stream: &mut TcpStream, answer: &Answer, head_only: bool) -> std::io::Result<()> {
    let reason = match answer.status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "",
    };
    let mut head = format!("HTTP/1.1 {} {reason}\r\n", answer.status);
    for (name, value) in &answer.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        answer.body.len()
    ));
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&answer.body)?;
    }
    stream.flush()
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

/// The answer for `target` under `root`, given the request's
/// `Accept-Encoding`.
fn answer(root: &Path, target: &str, accepted: &str) -> Answer {
    let Some(path) = resolve(root, target) else {
        return plain(404, "not found");
    };
    let encoding = encoding_for(&path, accepted);
    let file = match encoding {
        Some(suffix) => crate::compress::with_suffix(&path, suffix),
        None => path.clone(),
    };
    let Ok(body) = std::fs::read(&file) else {
        return plain(404, "not found");
    };
    let mut headers = vec![
        ("Content-Type", content_type(&path).to_string()),
        ("Cache-Control", "no-store".to_string()),
        // The widget's files are public: a page in a frame sandboxed
        // without `allow-same-origin` has an opaque origin, and its module
        // scripts and wasm are cross-origin requests that need this.
        ("Access-Control-Allow-Origin", "*".to_string()),
    ];
    if let Some(suffix) = encoding {
        let name = if suffix == "br" { "br" } else { "gzip" };
        headers.push(("Content-Encoding", name.to_string()));
    }
    if has_copies(&path) {
        headers.push(("Vary", "Accept-Encoding".to_string()));
    }
    if let Some(policy) = policy_for(&path) {
        headers.push(("Content-Security-Policy", policy.to_string()));
    }
    Answer {
        status: 200,
        headers,
        body,
    }
}

/// A short plain-text answer with `status`.
fn plain(status: u16, text: &str) -> Answer {
    Answer {
        status,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".to_string())],
        body: text.as_bytes().to_vec(),
    }
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

    #[test]
    fn connections_that_arrive_together_are_all_answered_while_others_idle() {
        use std::io::{Read, Write};
        use std::net::TcpStream;
        use std::time::Duration;

        let root = fixture();
        let server = StaticServer::start(&root, 0).unwrap();
        let address = server.url().trim_start_matches("http://").to_string();
        // Connections a browser opened ahead and has not used yet.
        let idle: Vec<TcpStream> = (0..16)
            .map(|_| TcpStream::connect(&address).unwrap())
            .collect();
        // A page's first requests, all at once.
        let mut burst: Vec<TcpStream> = (0..16)
            .map(|_| TcpStream::connect(&address).unwrap())
            .collect();
        for stream in &mut burst {
            stream
                .set_read_timeout(Some(Duration::from_secs(20)))
                .unwrap();
            write!(stream, "GET /index.html HTTP/1.1\r\nHost: test\r\n\r\n").unwrap();
        }
        for mut stream in burst {
            let mut answer = String::new();
            stream
                .read_to_string(&mut answer)
                .expect("every connection is answered");
            assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
            assert!(answer.contains("Connection: close\r\n"), "{answer}");
            assert!(answer.ends_with("<p>home</p>"), "{answer}");
        }
        drop(idle);
        server.stop();
    }

    #[test]
    fn what_is_not_a_get_is_refused_with_a_status() {
        use std::io::{Read, Write};
        use std::net::TcpStream;

        let root = fixture();
        let server = StaticServer::start(&root, 0).unwrap();
        let address = server.url().trim_start_matches("http://").to_string();
        let ask = |request: &str| {
            let mut stream = TcpStream::connect(&address).unwrap();
            stream.write_all(request.as_bytes()).unwrap();
            stream.shutdown(std::net::Shutdown::Write).unwrap();
            let mut answer = String::new();
            stream.read_to_string(&mut answer).unwrap();
            answer
        };
        assert!(ask("POST / HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 405"));
        assert!(ask("nonsense\r\n\r\n").starts_with("HTTP/1.1 400"));
        // A connection that says nothing is closed without an answer.
        assert_eq!(ask(""), "");
        assert!(ask("GET /missing.js HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 404"));
        let head = ask("HEAD /index.html HTTP/1.1\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 200"));
        assert!(head.ends_with("\r\n\r\n"), "no body after the head: {head}");
        server.stop();
    }
}
