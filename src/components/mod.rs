//! The views more than one page uses; a page's own views live in its folder under `pages/`. Each takes
//! the language and the data it shows as `XxxProps` and reports what the user did through `on<verb>`
//! callbacks; none keeps state beyond what it shows, none writes storage.
//!
//! A view is a function component only where it needs hooks (state or effects of its own); every other
//! view is a plain function, `fn xxx(props: &XxxProps) -> Html`, called inside its parent's `html!`. A
//! component costs each wasm that uses it about 0.7 KB gzip of Yew's lifecycle code for its type, which
//! buys nothing for markup that only follows its props.

pub mod chart;
pub mod notice;
pub mod page_bar;
pub mod qr_code;
