//! The check as a state machine: where the user is, what they answered, and how each action changes that.
//!
//! The Yew app's reducer only forwards to [`Quiz::apply`], so every rule of navigation is tested natively.

use crate::check::answers::{Answers, Choice, Field, Question};
use crate::check::code;
use crate::reducer::Reducer;
use crate::text::Lang;

/// What the user is looking at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Start,
    /// The question at this position, 0-based.
    Question(usize),
    Result,
}

impl Screen {
    /// The screen as a short word, in the saved line and in the browser's history entries: `start`, `q3`
    /// (the fourth question) or `result`.
    pub fn code(self) -> String {
        match self {
            Screen::Start => "start".to_owned(),
            Screen::Question(index) => format!("q{index}"),
            Screen::Result => "result".to_owned(),
        }
    }

    /// Reads [`Screen::code`]; anything else, such as a question beyond the last, is `None`.
    pub fn from_code(code: &str) -> Option<Screen> {
        match code {
            "start" => Some(Screen::Start),
            "result" => Some(Screen::Result),
            question => question
                .strip_prefix('q')
                .and_then(|index| index.parse::<usize>().ok())
                .filter(|&index| index < Question::COUNT)
                .map(Screen::Question),
        }
    }
}

/// The whole state of one user's check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quiz {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    /// Set when the user tried to go on without answering; cleared by any answer or move.
    pub needs_answer: bool,
}

/// Everything the user can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizAction {
    Start,
    Answer(Field, Choice),
    Next,
    Back,
    /// Forget every answer and return to the start screen, keeping the language.
    Restart,
    /// Show a screen the visitor has reached before, as the browser's Back and Forward buttons ask: the
    /// start, a question whose earlier questions are all answered, or the result once every question is.
    /// Any other screen changes nothing, so a forged history entry cannot skip a question.
    Show(Screen),
    SetLang(Lang),
}

/// What the visitor did on the static first question of `index.html`, which `boot.js` offers while the
/// app is still loading on a slow connection: they started the check, perhaps chose their kind of
/// business, perhaps pressed "Weiter". The app takes it over when it starts, so nothing done there is lost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarlyStart {
    /// The option the visitor ticked, as the radio's value said it (any text the page held).
    pub business: Option<usize>,
    /// Whether "Weiter" was pressed, which the app then carries out.
    pub next: bool,
}

impl Quiz {
    /// The quiz once the app takes over from the static first question: started, with the business
    /// chosen there, and one step on if "Weiter" was pressed there (which, as in the app, asks for an
    /// answer first). A quiz that is already past its start screen, resumed from storage, stays as it is;
    /// `boot.js` does not offer the static question then, and a stale page must not move the visitor.
    pub fn continued_from(&self, early: EarlyStart) -> Quiz {
        if self.screen != Screen::Start {
            return self.clone();
        }
        let mut quiz = self.clone().apply(QuizAction::Start);
        let chosen = early
            .business
            .and_then(Choice::new)
            .filter(|&choice| Field::Business.accepts(choice));
        if let Some(choice) = chosen {
            quiz = quiz.apply(QuizAction::Answer(Field::Business, choice));
        }
        if early.next {
            quiz = quiz.apply(QuizAction::Next);
        }
        quiz
    }

    /// Whether the visitor may be shown `screen` with the answers given so far.
    fn has_reached(&self, screen: Screen) -> bool {
        match screen {
            Screen::Start => true,
            Screen::Question(index) => {
                index < Question::COUNT
                    && (0..index)
                        .filter_map(Question::at)
                        .all(|question| self.answers.is_answered(question))
            }
            Screen::Result => self.answers.complete().is_some(),
        }
    }

    /// The question on screen, if any.
    pub fn question(&self) -> Option<Question> {
        match self.screen {
            Screen::Question(index) => Question::at(index),
            _ => None,
        }
    }

    /// The state as one line of text, for the browser's storage.
    pub fn to_saved(&self) -> String {
        format!(
            "{SAVED_FORMAT}.{}.{}.{}",
            self.lang.code(),
            self.screen.code(),
            code::encode(&self.answers)
        )
    }

    /// Reads a state written by [`Quiz::to_saved`]. Anything damaged, from another format version, or
    /// inconsistent (a result screen without all answers) is refused as a whole, so a user never resumes
    /// into a state the app cannot show.
    pub fn from_saved(saved: &str) -> Result<Quiz, SavedStateError> {
        let mut parts = saved.split('.');
        let (Some(format), Some(lang), Some(screen), Some(answers), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(SavedStateError);
        };
        if format != SAVED_FORMAT {
            return Err(SavedStateError);
        }
        let lang = Lang::from_code(lang).ok_or(SavedStateError)?;
        let answers = code::decode(answers).map_err(|_| SavedStateError)?;
        let screen = Screen::from_code(screen)
            .filter(|&screen| screen != Screen::Result || answers.complete().is_some())
            .ok_or(SavedStateError)?;
        Ok(Quiz {
            lang,
            screen,
            answers,
            needs_answer: false,
        })
    }
}

/// The version of the saved-state line; a different one is discarded, with a notice to the user. Version
/// `smc1` numbered the fifteen screens of the check before answer code version 3, `smc2` asked the
/// arguments in the order of their slots before [`crate::content::ASKED_ORDER`]; their screen numbers
/// would land on other questions now, so they are discarded rather than misread.
const SAVED_FORMAT: &str = "smc3";

/// A saved state that cannot be resumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedStateError;

impl Reducer for Quiz {
    type Action = QuizAction;

    fn apply(self, action: Self::Action) -> Self {
        let mut next = Quiz {
            needs_answer: false,
            ..self.clone()
        };
        match action {
            QuizAction::Start => next.screen = Screen::Question(0),
            QuizAction::Answer(field, choice) => next.answers.answer(field, choice),
            QuizAction::Next => match self.screen {
                Screen::Start => next.screen = Screen::Question(0),
                Screen::Question(index) => {
                    let answered = Question::at(index)
                        .is_some_and(|question| self.answers.is_answered(question));
                    if !answered {
                        next.needs_answer = true;
                    } else if index + 1 < Question::COUNT {
                        next.screen = Screen::Question(index + 1);
                    } else {
                        next.screen = Screen::Result;
                    }
                }
                Screen::Result => {}
            },
            QuizAction::Back => {
                next.screen = match self.screen {
                    Screen::Start | Screen::Question(0) => Screen::Start,
                    Screen::Question(index) => Screen::Question(index - 1),
                    Screen::Result => Screen::Question(Question::COUNT - 1),
                }
            }
            QuizAction::Restart => {
                next = Quiz {
                    lang: self.lang,
                    ..Quiz::default()
                }
            }
            QuizAction::SetLang(lang) => next.lang = lang,
            QuizAction::Show(screen) => {
                if self.has_reached(screen) {
                    next.screen = screen;
                }
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer_everything(mut quiz: Quiz) -> Quiz {
        quiz = quiz.apply(QuizAction::Start);
        while let Some(question) = quiz.question() {
            for field in question.fields() {
                quiz = quiz.apply(QuizAction::Answer(field, Choice::HIGHEST));
            }
            quiz = quiz.apply(QuizAction::Next);
        }
        quiz
    }

    #[test]
    fn answering_every_question_leads_to_the_result() {
        let quiz = answer_everything(Quiz::default());
        assert_eq!(quiz.screen, Screen::Result);
        let complete = quiz.answers.complete().expect("every answer given");
        assert!(Field::all().all(|field| complete.field(field) == Choice::HIGHEST));
    }

    #[test]
    fn next_without_an_answer_stays_and_asks_for_one() {
        let quiz = Quiz::default()
            .apply(QuizAction::Start)
            .apply(QuizAction::Next);
        assert_eq!(quiz.screen, Screen::Question(0));
        assert!(quiz.needs_answer);
        let quiz = quiz.apply(QuizAction::Answer(Field::Business, Choice::LOWEST));
        assert!(!quiz.needs_answer);
        assert_eq!(quiz.apply(QuizAction::Next).screen, Screen::Question(1));
    }

    #[test]
    fn the_app_carries_on_from_the_static_first_question() {
        let fresh = Quiz::default();
        let started = fresh.continued_from(EarlyStart::default());
        assert_eq!(started, fresh.clone().apply(QuizAction::Start));

        let chosen = fresh.continued_from(EarlyStart {
            business: Some(3),
            next: false,
        });
        assert_eq!(chosen.screen, Screen::Question(0));
        assert_eq!(chosen.answers.field(Field::Business), Choice::new(3));

        let moved_on = fresh.continued_from(EarlyStart {
            business: Some(6),
            next: true,
        });
        assert_eq!(moved_on.screen, Screen::Question(1));
        assert_eq!(moved_on.answers.field(Field::Business), Choice::new(6));

        // "Weiter" without a choice asks for one, as it does in the app.
        let unanswered = fresh.continued_from(EarlyStart {
            business: None,
            next: true,
        });
        assert_eq!(unanswered.screen, Screen::Question(0));
        assert!(unanswered.needs_answer);
    }

    #[test]
    fn a_static_page_neither_invents_answers_nor_moves_a_resumed_check() {
        let odd = Quiz::default().continued_from(EarlyStart {
            business: Some(7),
            next: true,
        });
        assert_eq!(odd.answers.field(Field::Business), None);
        assert_eq!(odd.screen, Screen::Question(0));

        let resumed = answer_everything(Quiz::default()).apply(QuizAction::Back);
        let early = EarlyStart {
            business: Some(0),
            next: true,
        };
        assert_eq!(resumed.continued_from(early), resumed);
    }

    #[test]
    fn back_walks_to_the_start_and_keeps_answers() {
        let mut quiz = answer_everything(Quiz::default());
        let answers = quiz.answers.clone();
        for _ in 0..=Question::COUNT {
            quiz = quiz.apply(QuizAction::Back);
        }
        assert_eq!(quiz.screen, Screen::Start);
        assert_eq!(quiz.answers, answers);
    }

    #[test]
    fn back_and_forward_show_only_screens_the_visitor_has_reached() {
        let mut quiz = Quiz::default().apply(QuizAction::Start);
        for _ in 0..3 {
            let question = quiz.question().expect("a question");
            for field in question.fields() {
                quiz = quiz.apply(QuizAction::Answer(field, Choice::LOWEST));
            }
            quiz = quiz.apply(QuizAction::Next);
        }
        assert_eq!(quiz.screen, Screen::Question(3));
        let back = quiz.clone().apply(QuizAction::Show(Screen::Question(1)));
        assert_eq!(back.screen, Screen::Question(1));
        assert_eq!(back.answers, quiz.answers, "answers stay");
        assert_eq!(
            back.clone()
                .apply(QuizAction::Show(Screen::Question(3)))
                .screen,
            Screen::Question(3)
        );
        // Nothing beyond the first unanswered question, and no result before every answer.
        assert_eq!(
            back.clone()
                .apply(QuizAction::Show(Screen::Question(4)))
                .screen,
            Screen::Question(1)
        );
        assert_eq!(
            back.clone().apply(QuizAction::Show(Screen::Result)).screen,
            Screen::Question(1)
        );
        assert_eq!(
            back.clone().apply(QuizAction::Show(Screen::Start)).screen,
            Screen::Start
        );
        assert_eq!(
            answer_everything(Quiz::default())
                .apply(QuizAction::Show(Screen::Question(0)))
                .apply(QuizAction::Show(Screen::Result))
                .screen,
            Screen::Result
        );
    }

    #[test]
    fn screens_read_back_from_their_codes() {
        for screen in [
            Screen::Start,
            Screen::Question(0),
            Screen::Question(9),
            Screen::Result,
        ] {
            assert_eq!(Screen::from_code(&screen.code()), Some(screen));
        }
        for code in ["q10", "q-1", "", "Result", "q"] {
            assert_eq!(Screen::from_code(code), None, "{code}");
        }
    }

    #[test]
    fn restart_forgets_answers_but_keeps_the_language() {
        let quiz = answer_everything(Quiz::default().apply(QuizAction::SetLang(Lang::En)));
        let restarted = quiz.apply(QuizAction::Restart);
        assert_eq!(
            restarted,
            Quiz {
                lang: Lang::En,
                ..Quiz::default()
            }
        );
    }

    #[test]
    fn saved_state_round_trips_on_every_screen() {
        let mut quiz = Quiz::default().apply(QuizAction::SetLang(Lang::En));
        loop {
            assert_eq!(Quiz::from_saved(&quiz.to_saved()), Ok(quiz.clone()));
            if quiz.screen == Screen::Result {
                break;
            }
            if let Some(question) = quiz.question() {
                for field in question.fields() {
                    quiz = quiz.apply(QuizAction::Answer(field, Choice::new(1).unwrap()));
                }
            }
            quiz = quiz.apply(QuizAction::Next);
        }
    }

    #[test]
    fn damaged_or_inconsistent_saved_state_is_refused() {
        let empty = code::encode(&Answers::default());
        for saved in [
            String::new(),
            "{\"step\":3}".to_owned(),
            format!("smc0.de.q3.{empty}"),
            // The format before answer code version 3: its q12 was a goal that is now on another screen.
            format!("smc1.de.q3.{empty}"),
            format!("smc2.de.q3.{empty}"),
            format!("smc3.fr.q3.{empty}"),
            format!("smc3.de.q10.{empty}"),
            format!("smc3.de.q-1.{empty}"),
            format!("smc3.de.result.{empty}"),
            format!("smc3.de.q3.{empty}.extra"),
            "smc3.de.q3.1234".to_owned(),
        ] {
            assert_eq!(Quiz::from_saved(&saved), Err(SavedStateError), "{saved}");
        }
    }
}
