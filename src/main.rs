fn main() {
    social_media_check::run();
}
