//! Sending a result to the workshop's facilitator: which contacts are accepted, how they ride in the join
//! link, and the links that send a result.

use model::settings::Config;

use model::url::percent_decode;
use model::workshop::facilitator::{
    join_link, mailto_href, named_result_link, Contact, ContactError,
};
use model::Lang;

#[test]
fn e_mail_addresses_and_https_chat_links_are_accepted() {
    assert_eq!(
        Contact::parse(" anna.muster@beratung.example.de "),
        Ok(Contact::Email("anna.muster@beratung.example.de".to_owned()))
    );
    assert_eq!(
        Contact::parse("MAILTO:anna@example.org"),
        Ok(Contact::Email("anna@example.org".to_owned()))
    );
    let chat = Contact::parse("https://Chat.Example.org/join/abc?x=1").unwrap();
    assert_eq!(
        chat,
        Contact::Chat {
            link: "https://Chat.Example.org/join/abc?x=1".to_owned(),
            host: "chat.example.org".to_owned(),
        }
    );
    assert_eq!(
        chat.shown(),
        "chat.example.org",
        "the host is what the participant sees"
    );
}

#[test]
fn anything_else_is_refused() {
    assert_eq!(Contact::parse("  "), Err(ContactError::Empty));
    for refused in [
        "http://chat.example.org/join",
        "javascript:alert(1)",
        "https://bank.example@evil.example/",
        "https://localhost/",
        "anna",
        "anna@",
        "@example.org",
        "anna@example",
        "anna@.example.org",
        "anna maria@example.org",
        "anna@example.org?bcc=all@example.org",
        "anna<x>@example.org",
        "data:text/html,hi",
    ] {
        assert_eq!(
            Contact::parse(refused),
            Err(ContactError::Unreadable),
            "{refused}"
        );
    }
    let long = format!("{}@example.org", "a".repeat(250));
    assert_eq!(Contact::parse(&long), Err(ContactError::Unreadable));
}

#[test]
fn the_contact_rides_in_the_join_link_and_reads_back() {
    let address = "https://x.de/check/";
    assert_eq!(join_link(address, None), address);
    for text in ["anna@example.org", "https://chat.example.org/g/abc?x=1&y=2"] {
        let contact = Contact::parse(text).unwrap();
        let link = join_link(address, Some(&contact));
        let query = link.split_once('?').unwrap().1;
        assert_eq!(Contact::from_query(query), Some(contact.clone()), "{link}");
        let with_settings = join_link("https://x.de/check/?lang=en", Some(&contact));
        assert!(with_settings.starts_with("https://x.de/check/?lang=en&workshop="));
        assert_eq!(
            Contact::from_query(with_settings.split_once('?').unwrap().1),
            Some(contact)
        );
    }
    assert_eq!(Contact::from_query("?workshop=javascript%3Aalert(1)"), None);
    assert_eq!(Contact::from_query("?lang=en"), None);
}

#[test]
fn a_participant_s_name_goes_beside_the_code() {
    let link = "https://x.de/#r=10GY37GCKESZBK";
    assert_eq!(named_result_link(link, "  "), link);
    assert_eq!(
        named_result_link(link, " Anna  M. "),
        "https://x.de/#r=10GY37GCKESZBK&n=Anna%20M."
    );
}

#[test]
fn the_mail_carries_the_result_link_in_its_body() {
    let href = mailto_href(
        "anna@example.org",
        "Mein Ergebnis",
        "Hallo & danke!",
        "https://x.de/#r=1&n=Ben",
    );
    let (address, query) = href
        .strip_prefix("mailto:")
        .unwrap()
        .split_once('?')
        .unwrap();
    assert_eq!(address, "anna@example.org");
    let parts: Vec<&str> = query.split('&').collect();
    assert_eq!(parts.len(), 2, "nothing in the texts adds a field: {href}");
    assert_eq!(
        percent_decode(parts[0].strip_prefix("subject=").unwrap()),
        "Mein Ergebnis"
    );
    assert_eq!(
        percent_decode(parts[1].strip_prefix("body=").unwrap()),
        "Hallo & danke!\n\nhttps://x.de/#r=1&n=Ben"
    );
}

#[test]
fn the_contact_in_the_address_is_no_setting_and_no_complaint() {
    let (config, problems) = Config::read("", "?workshop=anna%40example.org&lang=en");
    assert_eq!(problems, []);
    assert_eq!(
        config.contact_link, None,
        "the site's own contact button stays the owner's"
    );
    assert_eq!(config.lang, Some(Lang::En));
}
