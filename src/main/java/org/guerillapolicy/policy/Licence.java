package org.guerillapolicy.policy;

/** The Creative Commons licences a paper can be published under; CC BY unless the owners choose otherwise. */
public enum Licence {
    CC_BY("CC BY 4.0", "Attribution", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("CC BY-SA 4.0", "Attribution-ShareAlike", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC("CC BY-NC 4.0", "Attribution-NonCommercial", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_ND("CC BY-ND 4.0", "Attribution-NoDerivatives", "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC0("CC0 1.0", "Public domain dedication", "https://creativecommons.org/publicdomain/zero/1.0/");

    private final String label;
    private final String name;
    private final String url;

    Licence(String label, String name, String url) {
        this.label = label;
        this.name = name;
        this.url = url;
    }

    public String label() {
        return label;
    }

    public String title() {
        return label + " (" + name + ")";
    }

    public String url() {
        return url;
    }
}
