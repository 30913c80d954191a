package io.seamgraph.sample;

/** The source systems of the sample company, each owned by one business unit and issuing its own person ids. */
enum CompanySystem {
    CRM("crm", Company.SALES),
    ESP("esp", Company.MARKETING),
    SHOP("shop", Company.ECOMMERCE),
    HELPDESK("helpdesk", Company.CUSTOMER_SERVICE),
    BILLING("billing", Company.BILLING),
    POS("pos", Company.RETAIL_STORES);

    private final String key;
    private final String unit;

    CompanySystem(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    String key() {
        return key;
    }

    String unit() {
        return unit;
    }
}
