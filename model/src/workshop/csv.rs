//! The workshop's results as CSV, for tools and for spreadsheets.

use super::paste::Workshop;
use crate::check::answers::{Answers, Slot};
use crate::check::code;
use crate::check::scoring::Scores;
use crate::content::{ARGUMENTS, BUSINESSES, GOALS};
use crate::text::Lang;

/// The two kinds of CSV a workshop exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvFormat {
    /// RFC 4180, for tools: comma-separated, UTF-8 without a byte order mark, band names in English.
    Plain,
    /// What Excel opens as columns where the decimal separator is a comma (German settings): semicolons,
    /// a UTF-8 byte order mark so that umlauts show, and band names in the workshop's language. A name
    /// that Excel would take for a formula is prefixed with an apostrophe.
    Spreadsheet(Lang),
}

impl CsvFormat {
    fn separator(self) -> char {
        match self {
            CsvFormat::Plain => ',',
            CsvFormat::Spreadsheet(_) => ';',
        }
    }
}

/// The workshop's results as CSV (CRLF line ends, UTF-8, a field quoted only where it needs to be), in
/// one of two [`CsvFormat`]s.
///
/// The first line names the columns, then there is one line per participant:
///
/// - `participant`: the participant's number in the list, from 1;
/// - `name`: the first name or initials they gave, or nothing;
/// - `code`: their answer code, which opens their result as `#r=<code>`;
/// - `overall`: the overall score, 0 to 100;
/// - `band`: the band's name, such as `Well placed` (in the workshop's language for a spreadsheet);
/// - `business`: the kind of business, as the key of [`BUSINESSES`], such as `local`;
/// - one column per argument, headed by its key (see [`ARGUMENTS`]): its score, 0, 33, 67 or 100;
/// - two columns per goal, headed `<key>-importance` and `<key>-reach` (see [`GOALS`]): the importance
///   level from 0 (not important) to 3 (very important), and the reach score, 0, 33, 67 or 100.
pub fn to_csv(workshop: &Workshop, format: CsvFormat) -> String {
    let mut header: Vec<String> = ["participant", "name", "code", "overall", "band", "business"]
        .map(String::from)
        .to_vec();
    header.extend(ARGUMENTS.iter().map(|argument| argument.key.to_owned()));
    for goal in &GOALS {
        header.push(format!("{}-importance", goal.key));
        header.push(format!("{}-reach", goal.key));
    }
    let mut csv = match format {
        CsvFormat::Plain => String::new(),
        CsvFormat::Spreadsheet(_) => "\u{feff}".to_owned(),
    };
    csv.push_str(&csv_line(&header, format));
    for (number, participant) in (1..).zip(workshop.participants()) {
        let answers = &participant.answers;
        let scores = Scores::of(answers);
        let mut row = vec![
            number.to_string(),
            match (&participant.name, format) {
                (Some(name), CsvFormat::Spreadsheet(_)) if name.starts_with(FORMULA_STARTS) => {
                    format!("'{name}")
                }
                (name, _) => name.clone().unwrap_or_default(),
            },
            code::encode(&Answers::from(*answers)),
            scores.overall.to_string(),
            match format {
                CsvFormat::Plain => scores.band().name.en,
                CsvFormat::Spreadsheet(lang) => scores.band().name.get(lang),
            }
            .to_owned(),
            BUSINESSES[answers.get(Slot::Business).index()]
                .key
                .to_owned(),
        ];
        row.extend(scores.arguments.iter().map(u8::to_string));
        for (i, reach) in scores.goals.iter().enumerate() {
            row.push(answers.get(Slot::Importance(i)).index().to_string());
            row.push(reach.to_string());
        }
        csv.push_str(&csv_line(&row, format));
    }
    csv
}

/// The characters with which a spreadsheet cell starts a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@'];

/// One CSV line, with its CRLF.
fn csv_line(fields: &[String], format: CsvFormat) -> String {
    let separator = format.separator();
    let fields: Vec<String> = fields
        .iter()
        .map(|field| csv_field(field, separator))
        .collect();
    fields.join(&separator.to_string()) + "\r\n"
}

/// A field as RFC 4180 writes it: in quotes, with its quotes doubled, if it holds the separator, a quote
/// or a line break, and as it is otherwise. Keys and band names need no quotes; a participant's name may.
fn csv_field(field: &str, separator: char) -> String {
    if field.contains([separator, '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("Well placed", ','), "Well placed");
        assert_eq!(csv_field("a,b", ','), "\"a,b\"");
        assert_eq!(csv_field("a,b", ';'), "a,b");
        assert_eq!(csv_field("a;b", ';'), "\"a;b\"");
        assert_eq!(csv_field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines", ';'), "\"two\nlines\"");
    }
}
