package nl.thuisbasis.siting.notes;

/** The note form under a scan: the area, the text, and the scan page to go back to. */
record NoteForm(String areaCode, String text, String back, String onceToken) {
}
