fn main() {
    social_media_check::start::<social_media_check::pages::check::App>();
}
