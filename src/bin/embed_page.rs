//! The embed page (`embed.html`): a site owner sets the check up for their pages and copies the code.
//! A binary of its own, so none of it weighs on the participants' check.

fn main() {
    social_media_check::start::<social_media_check::pages::embed::EmbedPage>();
}
