//! The answer code's contract: links made by format version 1 keep opening, with the same answers and the
//! same scores, in every later version. These vectors were written by version 1 and must never change;
//! a format that needs other codes gets a new version number and keeps decoding these. Version 2 (seven
//! kinds of business instead of four) writes the codes in `VERSION_2_VECTORS`, which are bound by the same
//! promise from now on, and so are the codes of version 3 (one combined scale per goal) in
//! `VERSION_3_VECTORS`.

use model::check::code::{decode, decode_complete, encode};
use model::{Answers, Choice, CompleteAnswers, Scores, Slot};

struct Vector {
    /// The answers, one digit per slot in slot order.
    digits: &'static str,
    code: &'static str,
    overall: u8,
    arguments: [u8; 7],
    goals: [u8; 7],
}

const VECTORS: [Vector; 10] = [
    Vector {
        digits: "0000000000000000000000",
        code: "10GY37GCKENJ5B",
        overall: 0,
        arguments: [0, 0, 0, 0, 0, 0, 0],
        goals: [0, 0, 0, 0, 0, 0, 0],
    },
    Vector {
        digits: "3333333333333333333333",
        code: "123RCY1JDTP863",
        overall: 100,
        arguments: [100, 100, 100, 100, 100, 100, 100],
        goals: [100, 100, 100, 100, 100, 100, 100],
    },
    Vector {
        digits: "1012321032100123321001",
        code: "10YN4TM6MCCV8J",
        overall: 47,
        arguments: [0, 33, 67, 100, 67, 33, 0],
        goals: [67, 0, 33, 100, 67, 0, 33],
    },
    Vector {
        digits: "3333322211223333000000",
        code: "10GY6J13GYXNAC",
        overall: 78,
        arguments: [100, 100, 100, 100, 67, 67, 67],
        goals: [33, 67, 100, 100, 0, 0, 0],
    },
    Vector {
        digits: "2132003333333333333333",
        code: "123RCY1JDFJE3H",
        overall: 74,
        arguments: [33, 100, 67, 0, 0, 100, 100],
        goals: [100, 100, 100, 100, 100, 100, 100],
    },
    Vector {
        digits: "0123012301230123012301",
        code: "110BHNACK3TD1E",
        overall: 66,
        arguments: [33, 67, 100, 0, 33, 67, 100],
        goals: [33, 100, 33, 100, 33, 100, 33],
    },
    Vector {
        digits: "3210321032103210321032",
        code: "11MAYG7JE5HD18",
        overall: 45,
        arguments: [67, 33, 0, 100, 67, 33, 0],
        goals: [67, 0, 67, 0, 67, 0, 67],
    },
    Vector {
        digits: "1111111111111111111111",
        code: "111W6F0S6XB4XQ",
        overall: 33,
        arguments: [33, 33, 33, 33, 33, 33, 33],
        goals: [33, 33, 33, 33, 33, 33, 33],
    },
    Vector {
        digits: "2222222222222222222222",
        code: "11JT9PH5TC0P2Y",
        overall: 67,
        arguments: [67, 67, 67, 67, 67, 67, 67],
        goals: [67, 67, 67, 67, 67, 67, 67],
    },
    Vector {
        digits: "0303030303030303030303",
        code: "11V9BA9C43BFQS",
        overall: 74,
        arguments: [100, 0, 100, 0, 100, 0, 100],
        goals: [100, 100, 100, 100, 100, 100, 100],
    },
];

#[test]
fn version_1_codes_decode_to_the_same_answers_and_scores() {
    for vector in &VECTORS {
        let answers = CompleteAnswers::from_digits(vector.digits).expect("valid digits");
        let decoded = decode_complete(vector.code).expect(vector.code);
        assert_eq!(decoded, answers, "{}", vector.code);
        let scores = Scores::of(&decoded);
        assert_eq!(
            (scores.overall, scores.arguments, scores.goals),
            (vector.overall, vector.arguments, vector.goals),
            "{}",
            vector.code
        );
    }
}

/// Codes written by format version 2, for the same answer sets as version 1's vectors and for the kinds
/// of business version 1 did not know (the first digit 4, 5 and 6).
const VERSION_2_VECTORS: [(&str, &str); 14] = [
    ("0000000000000000000000", "20V3BJDDRQF94Q"),
    ("3333333333333333333333", "23CDE9NQ2XX46D"),
    ("1012321032100123321001", "21H1TXSXT71A5R"),
    ("3333322211223333000000", "20V3GWVC1HFC2Z"),
    ("2132003333333333333333", "23CDE9NQ2C3V0S"),
    ("0123012301230123012301", "21KRW8GM4ZQ16F"),
    ("3210321032103210321032", "22KQXKJGPNNCDE"),
    ("1111111111111111111111", "21P6Q4TVHEYJE1"),
    ("2222222222222222222222", "22HA2Q89A6DVYY"),
    ("0303030303030303030303", "22YVRGF06J5HZT"),
    ("4012301230123012301230", "21A1GQ7PK2RX87"),
    ("5333322211223333000000", "20V3GWVC1HFE3Q"),
    ("6000000000000000000000", "20V3BJDDRQFF6Z"),
    ("6333333333333333333333", "23CDE9NQ2XX77H"),
];

#[test]
fn version_2_writes_and_reads_its_vectors() {
    for (digits, code) in VERSION_2_VECTORS {
        let answers = CompleteAnswers::from_digits(digits).expect("valid digits");
        assert_eq!(encode(&Answers::from(answers)), code, "{digits}");
        assert_eq!(decode_complete(code), Ok(answers), "{code}");
    }
}

#[test]
fn both_versions_of_the_same_answers_open_with_the_same_scores() {
    for vector in &VECTORS {
        let (_, code_2) = VERSION_2_VECTORS
            .iter()
            .find(|(digits, _)| *digits == vector.digits)
            .expect("a version-2 vector for every version-1 vector");
        let scores_1 = Scores::of(&decode_complete(vector.code).expect(vector.code));
        let scores_2 = Scores::of(&decode_complete(code_2).expect(code_2));
        assert_eq!(scores_1, scores_2, "{} and {code_2}", vector.code);
    }
}

#[test]
fn unfinished_answer_sets_keep_their_codes_too() {
    let mut answers = Answers::asked_apart();
    assert_eq!(decode("10000000000001"), Ok(answers.clone()));
    assert_eq!(encode(&answers), "20000000000002");
    answers.set(Slot::Business, Choice::HIGHEST);
    answers.set(Slot::Reach(6), Choice::LOWEST);
    assert_eq!(decode("10DHNS6PWBQSEV"), Ok(answers.clone()));
    assert_eq!(encode(&answers), "20NNWEQHDCCC52");
    answers.set(Slot::Business, Choice::new(6).unwrap());
    assert_eq!(decode("20NNWEQHDCCF66"), Ok(answers.clone()));
    assert_eq!(encode(&answers), "20NNWEQHDCCF66");
}

/// Codes written by format version 3, which asks each goal on one combined scale: 15 digits, one per field
/// (the kind of business, seven arguments, seven goals from "not a topic" to "works well"), with the
/// scores they open with. Bound by the same promise as the vectors above.
/// Digits, code, overall score, the arguments' scores and the goals' scores.
type Version3Vector = (&'static str, &'static str, u8, [u8; 7], [u8; 7]);

const VERSION_3_VECTORS: [Version3Vector; 12] = [
    (
        "000000000000000",
        "30000BBSH0YH0C",
        0,
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
    ),
    (
        "333333333333333",
        "30001DF643T4KZ",
        100,
        [100, 100, 100, 100, 100, 100, 100],
        [100, 100, 100, 100, 100, 100, 100],
    ),
    (
        "310123210321012",
        "30000ZFM1YDC0X",
        47,
        [33, 0, 33, 67, 100, 67, 33],
        [0, 100, 67, 0, 0, 0, 67],
    ),
    (
        "633332221100000",
        "30000BBXD1EQX7",
        51,
        [100, 100, 100, 100, 67, 67, 67],
        [0, 0, 0, 0, 0, 0, 0],
    ),
    (
        "421320001233210",
        "30000E5W0FPNYY",
        45,
        [67, 33, 100, 67, 0, 0, 0],
        [0, 67, 100, 100, 67, 0, 0],
    ),
    (
        "012301230123012",
        "30000ZM3AVNS6Z",
        53,
        [33, 67, 100, 0, 33, 67, 100],
        [0, 0, 67, 100, 0, 0, 67],
    ),
    (
        "532103210321032",
        "30001341B5TEMS",
        61,
        [100, 67, 33, 0, 100, 67, 33],
        [0, 100, 67, 0, 0, 100, 67],
    ),
    (
        "111111111111111",
        "30000PQK21X2SK",
        20,
        [33, 33, 33, 33, 33, 33, 33],
        [0, 0, 0, 0, 0, 0, 0],
    ),
    (
        "222222222222222",
        "3000123CK2VKTN",
        67,
        [67, 67, 67, 67, 67, 67, 67],
        [67, 67, 67, 67, 67, 67, 67],
    ),
    (
        "030303030303030",
        "30000H1P9HDSYP",
        74,
        [100, 0, 100, 0, 100, 0, 100],
        [0, 100, 0, 100, 0, 100, 0],
    ),
    (
        "200000000000000",
        "30000BBSH0YK14",
        0,
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
    ),
    // Every goal "not a topic": the arguments alone make the score.
    (
        "012323210000000",
        "30000BBSPX41VT",
        67,
        [33, 67, 100, 67, 100, 67, 33],
        [0, 0, 0, 0, 0, 0, 0],
    ),
];

#[test]
fn version_3_writes_and_reads_its_vectors_with_their_scores() {
    for (digits, code, overall, arguments, goals) in VERSION_3_VECTORS {
        let answers = CompleteAnswers::from_digits(digits).expect("valid digits");
        assert_eq!(encode(&Answers::from(answers)), code, "{digits}");
        let decoded = decode_complete(code).expect(code);
        assert_eq!(decoded, answers, "{code}");
        let scores = Scores::of(&decoded);
        assert_eq!(
            (scores.overall, scores.arguments, scores.goals),
            (overall, arguments, goals),
            "{code}"
        );
    }
}

#[test]
fn older_links_are_written_again_in_their_own_version() {
    // A result link of version 1 or 2, opened and shared again, keeps its answers asked apart and so its
    // scores: it is written as version 2, never squeezed into the combined scale of version 3.
    for (digits, code) in VERSION_2_VECTORS {
        let decoded = decode(code).expect(code);
        assert_eq!(encode(&decoded), code, "{digits}");
    }
    let empty = Answers::default();
    assert_eq!(encode(&empty), "30000000000003");
    assert_eq!(decode("30000000000003"), Ok(empty));
}
