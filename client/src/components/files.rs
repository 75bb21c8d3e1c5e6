//! Picking files to send with a text: a file input, dropped files, the list with sizes and remove buttons, and the
//! running total against the server's limit. The create page and the answer page (a request's) both send files.

use crate::pages::{Problem, Progress};
use crate::{browser, format, i18n, reactive_text, show, t};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::ServerConfig;
use shared::envelope::File;
use zeroize::Zeroizing;

/// A secret's size as the server's limit counts it: text and file contents (names and framing ride in an allowance).
pub fn plain_size(text: &str, files: &[File]) -> u64 {
    (text.len() + files.iter().map(|f| f.data.len()).sum::<usize>()) as u64
}

/// What a picker works on: the files picked so far, the text sent beside them (the limit counts both), the server's
/// limits, and the form's state (no file is taken while the form is sending; problems and progress are the form's).
#[derive(Clone, Copy)]
pub struct Picked {
    /// The files, read into memory.
    pub files: RwSignal<Vec<File>>,
    /// The text beside them.
    pub text: RwSignal<String>,
    /// The server's limits (`None` until `/config` answers).
    pub config: RwSignal<Option<ServerConfig>>,
    /// While the form sends, its files are not to change.
    pub busy: RwSignal<bool>,
    /// The form's problem line.
    pub problem: RwSignal<Option<Problem>>,
    /// The form's progress line.
    pub progress: RwSignal<Option<Progress>>,
    /// Whether files are being dragged over the form.
    pub dragging: RwSignal<bool>,
}

impl Picked {
    /// Fresh state for a form with these signals.
    pub fn new(text: RwSignal<String>, config: RwSignal<Option<ServerConfig>>, busy: RwSignal<bool>) -> Picked {
        Picked {
            files: RwSignal::new(Vec::new()),
            text,
            config,
            busy,
            problem: RwSignal::new(None),
            progress: RwSignal::new(None),
            dragging: RwSignal::new(false),
        }
    }

    fn max_bytes(self) -> Option<u64> {
        self.config.with(|c| c.as_ref().map(|c| c.max_bytes))
    }

    /// Reads `picked` in, refusing each file that would take the total past the server's limit before reading it.
    pub fn add(self, picked: Vec<web_sys::File>) {
        // While the form sends, its files are read when it seals them: the input and the remove buttons are disabled
        // meanwhile, and a drop is not taken either.
        if self.busy.get_untracked() {
            return;
        }
        let Picked { files, text, config, problem, progress, .. } = self;
        spawn_local(async move {
            problem.set(None);
            for file in picked {
                let total = files.with_untracked(|v| plain_size(&text.get_untracked(), v));
                let max = config.with_untracked(|c| c.as_ref().map(|c| c.max_bytes));
                // Refuse before reading: a huge file should not be loaded into memory just to be rejected.
                if let Some(max) = max.filter(|&max| total + file.size() as u64 > max) {
                    problem.set(Some(Problem::TooLarge { max }));
                    continue;
                }
                progress.set(Some(Progress::ReadingFiles));
                match browser::read_file(&file).await {
                    Some(data) => {
                        files.update(|v| v.push(File { name: file.name(), media_type: file.type_(), data: Zeroizing::new(data) }))
                    }
                    None => problem.set(Some(Problem::FileUnreadable)),
                }
            }
            progress.set(None);
        });
    }

    /// Takes the files dropped on the form (the whole form, so that a drop just beside the box does not make the
    /// browser navigate to the file).
    pub fn on_drop(self, ev: leptos::ev::DragEvent) {
        ev.prevent_default();
        self.dragging.set(false);
        let picked = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .map(|list| (0..list.length()).filter_map(|k| list.get(k)).collect())
            .unwrap_or_default();
        self.add(picked);
    }

    /// For the form's `dragover`.
    pub fn on_drag_over(self, ev: leptos::ev::DragEvent) {
        ev.prevent_default();
        self.dragging.set(true);
    }
}

/// The files fieldset: the input, its hint, and the list of picked files with their total. A plain function, not a
/// component: each page places it once, and a component's props machinery is code of its own in the first load.
pub fn file_picker(picked: Picked) -> impl IntoView {
    let i = i18n();
    let Picked { files, text, busy, dragging, .. } = picked;
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let list = input.files().map(|list| (0..list.length()).filter_map(|k| list.get(k)).collect()).unwrap_or_default();
        // Clear the input so picking the same file again (after removing it) fires `change` again.
        input.set_value("");
        picked.add(list);
    };
    let hint = reactive_text(move || {
        picked
            .max_bytes()
            .map(|max| crate::i18n::fill(i.m().files_hint(), &[("max", &format::size(i.lang.get(), max))]))
            .unwrap_or_default()
    });
    let total = reactive_text(move || {
        let size = files.with(|v| plain_size(&text.get(), v));
        let lang = i.lang.get();
        let max = picked.max_bytes().map(|m| format::size(lang, m)).unwrap_or_default();
        crate::i18n::fill(i.m().files_total(), &[("size", &format::size(lang, size)), ("max", &max)])
    });
    view! {
        <fieldset class=move || if dragging.get() { "drop dragging" } else { "drop" }>
            <legend>{t!(i, files_label)}</legend>
            <label for="files">{t!(i, files_drop)}</label>
            <input id="files" type="file" multiple on:change=on_pick aria-describedby="files-hint" disabled=move || busy.get() />
            <p class="hint" id="files-hint">
                {hint}
            </p>
            {show(move || files.with(|v| !v.is_empty()), move || view! {
                <ul class="files" id="file-list">
                    {move || {
                        files.with(|v| {
                            v.iter()
                                .enumerate()
                                .map(|(k, f)| {
                                    let name = f.name.clone();
                                    let size = f.data.len() as u64;
                                    let label_name = name.clone();
                                    view! {
                                        <li>
                                            <span class="file-name">{name}</span>
                                            <span class="file-size">{reactive_text(move || format::size(i.lang.get(), size))}</span>
                                            <button
                                                type="button"
                                                class="link"
                                                disabled=move || busy.get()
                                                aria-label=reactive_text(move || crate::i18n::fill(i.m().file_remove(), &[("name", &crate::i18n::isolate(&label_name))]))
                                                on:click=move |_| files.update(|v| {
                                                    v.remove(k);
                                                })
                                            >
                                                "×"
                                            </button>
                                        </li>
                                    }.into_any()
                                })
                                .collect_view()
                        })
                    }}
                </ul>
                <p class="hint">{total}</p>
            }.into_any())}
        </fieldset>
    }
}
