use crate::web::dom;
use model::content::UI;
use model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageBarProps {
    pub lang: Lang,
    /// What the bar names: on the check the site owner's brand, on the other pages the product and the page.
    pub brand: Html,
    /// Between the brand and the tools, such as the check's progress.
    #[prop_or_default]
    pub middle: Html,
    /// The accessible name of the page's tools.
    pub tools_label: AttrValue,
    pub onsetlang: Callback<Lang>,
    /// The page's own tools, after the language switch.
    #[prop_or_default]
    pub children: Html,
}

/// The bar above every page: a brand, what the page adds in the middle, and its tools, which always
/// begin with the switch to the other language.
#[function_component(PageBar)]
pub fn page_bar(props: &PageBarProps) -> Html {
    let other = props.lang.other();
    let onswitch = props.onsetlang.reform(move |_: MouseEvent| other);
    html! {
        <header class="bar">
            <span class="brand">{ props.brand.clone() }</span>
            { props.middle.clone() }
            <nav class="tools" aria-label={props.tools_label.clone()}>
                <button type="button" class="link-button" lang={other.code()} onclick={onswitch}>
                    { UI.switch_language.get(props.lang) }
                </button>
                { props.children.clone() }
            </nav>
        </header>
    }
}

/// Keeps `<html lang>` and the document's title in step with the page's language, so screen readers
/// pronounce the page right and the tab names it: the one way every page does so.
#[hook]
pub fn use_page_language(lang: Lang, title: String) {
    use_effect_with((lang, title), |(lang, title)| {
        dom::set_document_language(*lang, title)
    });
}
