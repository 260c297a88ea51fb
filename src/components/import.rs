//! The reader's own articles: paste one (the cleaner prefills headline and
//! date; HTML on the clipboard is read as a page first), or add .txt,
//! saved .html pages and format-1 .json files (dropped, or chosen with the
//! file picker, which works by keyboard). Pages are parsed by the browser's
//! inert `DOMParser` (`crate::page_dom`): nothing in them runs or loads. Imported articles join everything:
//! outlets, comparison, search, matching. They stay in this browser, can be
//! removed one by one, and the whole corpus can be downloaded.

use gloo::file::callbacks::{FileReader, read_as_bytes};
use parallax_core::date::Date;
use parallax_core::import::DocumentProblem;
use parallax_core::import::{MAX_DOCUMENT_BYTES, MAX_TEXT_BYTES, PastedArticle, guess, too_large};
use parallax_core::page::Found;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::download::download;
use crate::state::{ReaderHandle, use_reader, use_view_focus};

/// Fields of the paste form, with the cleaner's last guess (made once per
/// edit of the text, not on every render).
#[derive(Clone, Default, PartialEq)]
struct Form {
    text: String,
    outlet: String,
    headline: String,
    date: String,
    guess: parallax_core::import::Guess,
}

fn value_of<T: JsCast>(event: &Event, get: fn(&T) -> String) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<T>().ok())
        .map(|element| get(&element))
        .unwrap_or_default()
}

#[component]
pub fn ImportView() -> Html {
    let reader = use_reader();
    let heading = use_node_ref();
    use_view_focus(heading.clone());
    let form = use_state(Form::default);
    // Files still to read, and how many there were: reading one at a time
    // keeps the page responsive and shows progress.
    let queue = use_state(Vec::<web_sys::File>::new);
    let total = use_state(|| 0_usize);
    let reading = use_mut_ref(|| None::<FileReader>);
    // An import that took clears the form; one that failed keeps it.
    {
        let form = form.clone();
        use_effect_with(reader.state().imports_revision, move |revision| {
            if *revision > 0 {
                form.set(Form::default());
            }
        });
    }

    let set_text = {
        let form = form.clone();
        move |text: String| {
            // Too large to clean on every keystroke: the import says why.
            let guessed = if text.len() > MAX_TEXT_BYTES {
                Default::default()
            } else {
                guess(&text)
            };
            let mut next = (*form).clone();
            // Prefill what the reader has not typed themselves.
            let old = &form.guess;
            if next.headline.is_empty() || Some(&next.headline) == old.headline.as_ref() {
                next.headline = guessed.headline.clone().unwrap_or_default();
            }
            if next.outlet.is_empty() || Some(&next.outlet) == old.outlet.as_ref() {
                next.outlet = guessed.outlet.clone().unwrap_or_default();
            }
            let old_date = old.date.map(|d| d.iso()).unwrap_or_default();
            if next.date.is_empty() || next.date == old_date {
                next.date = guessed.date.map(|d| d.iso()).unwrap_or_default();
            }
            next.text = text;
            next.guess = guessed;
            form.set(next);
        }
    };
    let ontext = {
        let set_text = set_text.clone();
        Callback::from(move |event: InputEvent| {
            set_text(value_of::<HtmlTextAreaElement>(
                &event,
                HtmlTextAreaElement::value,
            ));
        })
    };
    // HTML on the clipboard (a selection copied from a browser) is read as
    // a page: its main content's lines replace the text area's content.
    let onpaste = Callback::from(move |event: Event| {
        let Some(event) = event.dyn_ref::<web_sys::ClipboardEvent>() else {
            return;
        };
        let html = event
            .clipboard_data()
            .and_then(|data| data.get_data("text/html").ok())
            .filter(|html| !html.trim().is_empty() && html.len() <= MAX_TEXT_BYTES);
        if let Some(page) = html.as_deref().and_then(crate::page_dom::parse_html) {
            let text = parallax_core::page::page_text(&page);
            if !text.trim().is_empty() {
                event.prevent_default();
                set_text(text);
            }
        }
    });
    let field = |set: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*form).clone();
            set(
                &mut next,
                value_of::<HtmlInputElement>(&event, HtmlInputElement::value),
            );
            form.set(next);
        })
    };
    let onsubmit = {
        let (form, reader) = (form.clone(), reader.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            reader.import_pasted(PastedArticle {
                text: form.text.clone(),
                outlet_name: form.outlet.clone(),
                headline: form.headline.clone(),
                date: Date::parse_iso(&form.date),
            });
        })
    };

    // Read the next queued file, then the one after, until none is left.
    {
        let (queue, reader, reading) = (queue.clone(), reader.clone(), reading.clone());
        use_effect_with(queue.len(), move |_| {
            if let Some(file) = queue.first().cloned() {
                let name = file.name();
                // Refuse what is too large before reading it.
                let lower = name.to_ascii_lowercase();
                let limit = if [".json", ".html", ".htm"]
                    .iter()
                    .any(|e| lower.ends_with(e))
                {
                    MAX_DOCUMENT_BYTES
                } else {
                    MAX_TEXT_BYTES
                };
                if let Some(message) = too_large(&name, file.size() as usize, limit) {
                    reader.notice(Some(message));
                    queue.set(queue.iter().skip(1).cloned().collect());
                    return;
                }
                let rest: Vec<web_sys::File> = queue.iter().skip(1).cloned().collect();
                let (queue, reader) = (queue.clone(), reader.clone());
                let task = read_as_bytes(&gloo::file::File::from(file), move |result| {
                    match result {
                        Ok(bytes) => add_file(&reader, &name, &bytes),
                        Err(error) => {
                            reader.notice(Some(format!("{name}: could not be read ({error}).")))
                        }
                    }
                    queue.set(rest);
                });
                *reading.borrow_mut() = Some(task);
            }
        });
    }
    // Stop: the file being read is dropped (its reader aborted) and the rest
    // are not read; what was imported stays.
    let onstop = {
        let (queue, reading, reader) = (queue.clone(), reading.clone(), reader.clone());
        Callback::from(move |_| {
            let left = queue.len();
            reading.borrow_mut().take();
            queue.set(Vec::new());
            reader.notice(Some(format!(
                "Stopped importing: {left} file{} not read.",
                if left == 1 { "" } else { "s" }
            )));
        })
    };
    let onfiles = {
        let (queue, total) = (queue.clone(), total.clone());
        move |files: Option<web_sys::FileList>| {
            let Some(files) = files else { return };
            let list: Vec<web_sys::File> =
                (0..files.length()).filter_map(|i| files.get(i)).collect();
            total.set(list.len());
            queue.set(list);
        }
    };
    let onpick = {
        let onfiles = onfiles.clone();
        Callback::from(move |event: Event| {
            let input = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
            onfiles(input.as_ref().and_then(HtmlInputElement::files));
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    let ondrop = Callback::from(move |event: DragEvent| {
        event.prevent_default();
        onfiles(event.data_transfer().and_then(|data| data.files()));
    });
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondownload = {
        let reader = reader.clone();
        Callback::from(move |_| {
            let record = reader.state().corpus.to_record();
            let json = serde_json::to_string_pretty(&record).unwrap_or_default();
            if download("parallax-corpus.json", "application/json", &json).is_err() {
                reader.notice(Some(
                    "The corpus could not be downloaded in this browser.".into(),
                ));
            }
        })
    };

    let state = reader.state();
    let imported: Vec<_> = state
        .imports
        .articles
        .iter()
        .filter_map(|a| state.corpus.find(&a.id))
        .collect();
    let cleaned = form.guess.blocks;
    let done = total.saturating_sub(queue.len());

    html! {
        <section class="px-import" aria-labelledby="px-import-heading">
            <h2 id="px-import-heading" class="px-view-title" tabindex="-1" ref={heading}>{ "Your articles" }</h2>
            <p class="px-hint">
                { "Articles you add join the outlets, search and “How do other outlets report this?”; Parallax reads them for the comparison's claims and suggests new ones, marking everything it finds as not checked. " }
                if state.persists {
                    { "They stay in this browser only." }
                } else {
                    { "They stay in this page only, until it is closed: this page keeps nothing in your browser." }
                }
            </p>
            <form class="px-import-form" {onsubmit}>
                <h3>{ "Paste an article" }</h3>
                <label class="px-field">
                    { "Article text" }
                    <textarea rows="8" value={form.text.clone()} oninput={ontext} {onpaste} />
                </label>
                if let Some(refusal) = too_large("The pasted text", form.text.len(), MAX_TEXT_BYTES) {
                    // Not cleaned (too large): say so now, not after the
                    // reader has filled in the form.
                    <p class="px-hint" role="status">{ refusal }</p>
                } else if !form.text.trim().is_empty() {
                    <p class="px-hint" role="status">
                        { format!(
                            "The cleaner kept {cleaned} block{} of text; the {} below are its guesses.",
                            if cleaned == 1 { "" } else { "s" },
                            if form.guess.outlet.is_some() { "outlet, headline and date" } else { "headline and date" },
                        ) }
                    </p>
                    if form.guess.headline.is_none() {
                        <p class="px-hint">{ "It found no headline in the text: please give one." }</p>
                    }
                    if let Some(ambiguity) = &form.guess.date_ambiguity {
                        <p class="px-hint">{ format!("The date is a guess: {ambiguity}. It will be marked inferred.") }</p>
                    }
                }
                <div class="px-import-fields">
                    <label class="px-field">
                        { "Outlet" }
                        <input type="text" required=true value={form.outlet.clone()} oninput={field(|f, v| f.outlet = v)} />
                    </label>
                    <label class="px-field">
                        { "Headline" }
                        <input type="text" required=true value={form.headline.clone()} oninput={field(|f, v| f.headline = v)} />
                    </label>
                    <label class="px-field">
                        { "Published" }
                        <input type="date" value={form.date.clone()} oninput={field(|f, v| f.date = v)} />
                    </label>
                </div>
                <button type="submit">{ "Add article" }</button>
            </form>
            <section class="px-import-files" aria-labelledby="px-import-files-heading">
                <h3 id="px-import-files-heading">{ "Or add files" }</h3>
                <div class="px-dropzone" {ondrop} {ondragover}>
                    <p>{ "Drop .txt, saved .html pages or format-1 .json files here, or " }</p>
                    <label class="px-file-label">
                        { "choose files" }
                        <input type="file" multiple=true accept=".txt,.html,.htm,.json,text/plain,text/html,application/json" onchange={onpick} />
                    </label>
                </div>
                <p role="status" class="px-progress">
                    if !queue.is_empty() {
                        { format!("Reading file {} of {}…", done + 1, *total) }
                        <progress max={total.to_string()} value={done.to_string()} />
                        { " " }
                        <button type="button" onclick={onstop}>{ "Stop importing" }</button>
                    }
                </p>
            </section>
            <section aria-labelledby="px-imported-heading">
                <h3 id="px-imported-heading">{ "Added so far" }</h3>
                if imported.is_empty() {
                    <p class="px-hint">{ "None yet." }</p>
                } else {
                    <ul class="px-imported">
                        for article in imported {
                            <li key={article.id.as_str()}>
                                <span>
                                    { state.corpus.outlet(&article.outlet).map(|o| o.name.clone()).unwrap_or_default() }
                                    { ": " }{ &article.headline.value }
                                </span>
                                <button
                                    type="button"
                                    aria-label={format!("Remove {}", article.headline.value)}
                                    onclick={{
                                        let reader = reader.clone();
                                        let id = article.id.to_string();
                                        Callback::from(move |_| reader.remove_imported(id.clone()))
                                    }}
                                >
                                    { "Remove" }
                                </button>
                            </li>
                        }
                    </ul>
                }
                <button type="button" class="px-download-corpus" onclick={ondownload}>
                    { "Download the whole corpus (format 1 JSON)" }
                </button>
            </section>
        </section>
    }
}

/// A file's bytes: a format-1 document when it looks like JSON (its
/// problems reported otherwise, as `parallax-cli check` reports them), else
/// the text of an article to clean.
fn add_file(reader: &ReaderHandle, name: &str, bytes: &[u8]) {
    let refuse = |why: String| reader.notice(Some(format!("{name}: nothing was imported: {why}")));
    let looks_like_json = name.ends_with(".json")
        || bytes
            .iter()
            .find(|byte| !byte.is_ascii_whitespace())
            .is_some_and(|&byte| byte == b'{');
    if looks_like_json {
        match parallax_core::import::read_document(bytes) {
            Ok(document) => reader.import_document(document),
            Err(DocumentProblem::Invalid(errors)) => {
                let list: Vec<String> = errors.iter().take(5).map(ToString::to_string).collect();
                refuse(list.join("; "));
            }
            Err(problem) => refuse(format!("it is {problem}.")),
        }
        return;
    }
    if let Some(offset) = bytes.iter().position(|&byte| byte == 0) {
        refuse(format!("it is {}.", DocumentProblem::Binary { offset }));
        return;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let offset = error.valid_up_to();
            refuse(format!("it is {}.", DocumentProblem::NotUtf8 { offset }));
            return;
        }
    };
    // A text or a saved page: read as `parallax-cli import` reads it, each
    // value stated or inferred with its basis.
    let lower = name.to_ascii_lowercase();
    let article = if lower.ends_with(".html") || lower.ends_with(".htm") {
        let Some(page) = crate::page_dom::parse_html(text) else {
            refuse("this browser cannot read web pages.".into());
            return;
        };
        parallax_core::page::read_page(&page)
    } else {
        parallax_core::page::from_text(text)
    };
    if article.blocks.is_empty() {
        refuse("the cleaner found no article text in it.".into());
        return;
    }
    let outlet = article.outlet.clone().unwrap_or_else(|| Found {
        value: "Imported files".into(),
        stated: false,
        basis: "no outlet named in the file; given by the widget".into(),
    });
    let stem = name
        .rsplit_once('.')
        .map_or(name, |(stem, _)| stem)
        .to_string();
    reader.import_read(article, outlet, stem);
}
