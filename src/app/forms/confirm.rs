use leptos::prelude::*;

/// The second step of something that cannot be taken back lightly: a
/// question that names what goes, a button that names it again, and a way
/// back. One component for every such question, so they read and behave
/// alike (a group labelled by its question, the safe choice last).
#[component]
pub fn Confirm(
    /// Unique on the page: the question's id is derived from it.
    #[prop(into)]
    id: String,
    /// The question, naming what goes.
    #[prop(into)]
    question: Signal<String>,
    /// The words of the button that does it ("Yes, delete Acme").
    #[prop(into)]
    yes: Signal<String>,
    /// The words of the button that keeps things as they are.
    no: &'static str,
    /// Does it.
    on_yes: Callback<()>,
    /// Goes back.
    on_no: Callback<()>,
) -> impl IntoView {
    // The question replaces the button that asked it, so focus would fall
    // back to the top of the page: it moves to the safe choice instead.
    let keep = NodeRef::<leptos::html::Button>::new();
    Effect::new(move || {
        if let Some(button) = keep.get() {
            let _ = button.focus();
        }
    });
    let question_id = format!("{id}-question");
    let labelled_by = question_id.clone();
    view! {
        <div class="notice notice-error confirm" role="group" aria-labelledby=labelled_by>
            <p id=question_id>{question}</p>
            <div class="form-actions">
                <button type="button" class="button button-danger" on:click=move |_| on_yes.run(())>
                    {yes}
                </button>
                <button type="button" class="button button-secondary" node_ref=keep on:click=move |_| on_no.run(())>
                    {no}
                </button>
            </div>
        </div>
    }
}
