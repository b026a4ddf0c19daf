//! The workshop screen (`workshop.html`): a facilitator collects participants' results and shows the
//! group's picture. A binary of its own, so none of it weighs on the participants' check.

fn main() {
    social_media_check::start::<social_media_check::pages::workshop::WorkshopApp>();
}
