package nl.kring.model;

/** A way to reach a person or organisation; every field may be absent (null). */
public record Contact(String name, String organisation, String email, String phone, String url) {

    /** The phone number as a {@code tel:} URI: digits and a leading plus only. */
    public String phoneUri() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
