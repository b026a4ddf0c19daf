use model::Choice;
use yew::prelude::*;

pub struct ChoiceGroupProps {
    /// The radio group's name, unique on the page.
    pub name: AttrValue,
    /// The question, announced as the group's name.
    pub legend: AttrValue,
    /// The options, from the first choice to the last.
    pub options: Vec<AttrValue>,
    pub selected: Option<Choice>,
    /// The id of a message explaining why the group needs an answer, when it does.
    pub error_id: Option<AttrValue>,
    pub onchoose: Callback<Choice>,
}

/// A single-choice question as a real radio group: a fieldset with a legend and one labelled radio button
/// per option, so arrow keys, screen readers and form semantics all work as users expect.
pub fn choice_group(props: &ChoiceGroupProps) -> Html {
    let invalid = props.error_id.is_some();
    html! {
        <fieldset class={classes!("choices", invalid.then_some("invalid"))}
                  aria-describedby={props.error_id.clone()}>
            <legend>{ &props.legend }</legend>
            { for props.options.iter().zip((0..).map_while(Choice::new)).map(|(label, choice)| {
                let id = format!("{}-{}", props.name, choice.index());
                let onchange = props.onchoose.reform(move |_: Event| choice);
                html! {
                    <label class="choice" for={id.clone()}>
                        <input type="radio" {id} name={&props.name} value={choice.index().to_string()}
                               checked={props.selected == Some(choice)} {onchange} />
                        <span>{ label }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
