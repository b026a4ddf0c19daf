//! Web addresses, the one place that reads and writes them: schemes, origins, query strings and
//! percent-coding, as every other module needs them (the settings, the check's links, the workshop's join
//! link, the lead's and the counting's request bodies).

/// The scheme of `link` in lower case, if it has one: the part before a `:` that comes before any `/`,
/// `?` or `#`.
pub fn scheme(link: &str) -> Option<String> {
    let end = link.find([':', '/', '?', '#'])?;
    link[end..]
        .starts_with(':')
        .then(|| link[..end].trim().to_ascii_lowercase())
}

/// `url` as the browser will read it: without the tabs and line breaks it drops anywhere (also when
/// they were percent-encoded and a query string decodes them), without the control characters and spaces
/// it trims at both ends, and with backslashes as the slashes it takes them for. Checking anything else
/// than this would let ` JAVA\tSCRIPT:` or `/%09/evil.example` (which becomes `//evil.example`) pass.
pub fn as_browser_reads(url: &str) -> String {
    let mut read = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(c) = rest.chars().next() {
        let encoded_break = rest.get(..3).is_some_and(|escape| {
            ["%09", "%0a", "%0d"].contains(&escape.to_ascii_lowercase().as_str())
        });
        if encoded_break {
            rest = &rest[3..];
            continue;
        }
        match c {
            '\t' | '\n' | '\r' => {}
            '\\' => read.push('/'),
            c => read.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    read.trim_matches(|c: char| c <= ' ').to_owned()
}
/// `https://host[:port]`, as a browser writes the origin of a page, or `None` for anything else.
pub fn normal_origin(origin: &str) -> Option<String> {
    let origin = origin.strip_suffix('/').unwrap_or(origin);
    let (scheme, rest) = origin.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let host_ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ((scheme == "https" || scheme == "http") && host_ok).then(|| {
        let mut normal = scheme;
        normal.push_str("://");
        normal.push_str(&rest.to_ascii_lowercase());
        normal
    })
}
/// The decoded `(key, value)` pairs of a query string, with or without its `?`; a key without `=` has an
/// empty value.
pub fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
}

/// Decodes `%xx` escapes and `+` (a space in query strings); broken escapes stay as they are.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[i], escaped) {
            (_, Some(byte)) => {
                decoded.push(byte);
                i += 3;
                continue;
            }
            (b'+', None) => decoded.push(b' '),
            (byte, None) => decoded.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// Encodes everything but the unreserved characters of RFC 3986, for a value inside a URL.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push('%');
            push_hex(&mut encoded, byte);
        }
    }
    encoded
}

/// `fields` as `application/x-www-form-urlencoded` text, the body of an HTML form: `key=value` pairs joined
/// by `&`, each value percent-encoded (spaces as %20, which every reader of form bodies takes for a space).
/// A slice rather than any iterator, so the page carries one copy of this code for both its callers.
pub fn form_encoded(fields: &[(&str, &str)]) -> String {
    let mut body = String::new();
    for (key, value) in fields {
        if !body.is_empty() {
            body.push('&');
        }
        body.push_str(key);
        body.push('=');
        body.push_str(&percent_encode(value));
    }
    body
}

/// Appends `byte` as two upper-case hex digits, as RFC 3986 recommends for escapes.
pub fn push_hex(text: &mut String, byte: u8) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    text.push(char::from(DIGITS[usize::from(byte >> 4)]));
    text.push(char::from(DIGITS[usize::from(byte & 15)]));
}

/// Whether `address` has the shape of an e-mail address: a plain local part, an `@` and a domain
/// ([`is_domain`]). Only the shape: whether the mailbox exists, only sending to it tells.
pub fn is_email_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._+-!$'*=^_`{|}~".contains(c));
    local_ok && is_domain(domain)
}

/// Whether `host` is a domain name: at least two labels of letters, digits and hyphens, none starting or
/// ending with a hyphen, the last of at least two letters (`muster-beratung.de`, not `logo` or `1.2`).
pub fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// The authority of an address whose `scheme://` is already taken off (`host[:port]`, perhaps with a user
/// before an `@`): everything up to the first `/`, `?` or `#`.
pub fn authority(rest: &str) -> &str {
    rest.split(['/', '?', '#']).next().unwrap_or_default()
}

/// `authority` without its port, when what follows its last `:` is a port number.
pub fn without_port(authority: &str) -> &str {
    match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    }
}

/// Whether `value` begins with a scheme such as `https:` or `mailto:`: letters (then also digits, `+`
/// and `-`) before a colon. A dot rules it out, so `www.muster.de:8080/` is a host with a port.
pub fn has_scheme(value: &str) -> bool {
    value.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-'))
    })
}
