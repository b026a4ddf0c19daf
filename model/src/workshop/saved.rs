//! The workshops a browser keeps, and the text they are saved as.

use super::paste::{clean_name, Admission, Participant, Workshop, NAME_PREFIX};
use crate::check::answers::Answers;
use crate::check::code;
use crate::url::{percent_decode, percent_encode};

/// All workshops of this browser, kept in `localStorage` by the app as one text (one line per workshop).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workshops {
    /// The workshops in the order they were created.
    pub list: Vec<Workshop>,
}

/// The first line of the saved workshops: the format's name and version. Version 2 adds names after
/// codes; version 1 (codes alone) is still read, since it may be kept in a facilitator's browser.
const SAVED_FORMAT: &str = "smcw2";
const SAVED_FORMATS: [&str; 2] = ["smcw1", SAVED_FORMAT];

impl Workshops {
    /// The workshops as text for the browser's storage: the line `smcw2`, then one line per workshop with
    /// its name, a tab, and its participants separated by spaces: each an answer code, followed by
    /// `&n=` and the percent-encoded name where there is one, as in a link.
    pub fn to_saved(&self) -> String {
        let mut saved = SAVED_FORMAT.to_owned();
        for workshop in &self.list {
            let codes: Vec<String> = workshop
                .participants()
                .iter()
                .map(|participant| {
                    let code = code::encode(&Answers::from(participant.answers));
                    match &participant.name {
                        Some(name) => format!("{code}{NAME_PREFIX}{}", percent_encode(name)),
                        None => code,
                    }
                })
                .collect();
            saved.push('\n');
            saved.push_str(&workshop.name);
            saved.push('\t');
            saved.push_str(&codes.join(" "));
        }
        saved
    }

    /// Reads a text written by [`Workshops::to_saved`]. Anything [`Workshops::to_saved`] cannot have written
    /// (another format, a line without a tab, a bad code, a duplicate, too many participants) refuses the
    /// whole text: the app then keeps it aside and tells the facilitator, rather than silently dropping a
    /// workshop's results.
    pub fn from_saved(saved: &str) -> Result<Workshops, SavedWorkshopsError> {
        let mut lines = saved.lines();
        if !lines
            .next()
            .is_some_and(|format| SAVED_FORMATS.contains(&format))
        {
            return Err(SavedWorkshopsError);
        }
        let list = lines
            .map(|line| {
                let (name, codes) = line.split_once('\t').ok_or(SavedWorkshopsError)?;
                let mut workshop = Workshop::new(name);
                for saved in codes.split_whitespace() {
                    let (code, name) = match saved.split_once(NAME_PREFIX) {
                        Some((code, name)) => (code, Some(percent_decode(name))),
                        None => (saved, None),
                    };
                    let answers = code::decode_complete(code).map_err(|_| SavedWorkshopsError)?;
                    let name = name.map(|name| clean_name(&name).ok_or(SavedWorkshopsError));
                    let participant = Participant {
                        answers,
                        name: name.transpose()?,
                    };
                    let Admission::Added = workshop.admit(participant) else {
                        return Err(SavedWorkshopsError);
                    };
                }
                Ok(workshop)
            })
            .collect::<Result<Vec<Workshop>, SavedWorkshopsError>>()?;
        Ok(Workshops { list })
    }
}

/// Saved workshops that cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedWorkshopsError;
