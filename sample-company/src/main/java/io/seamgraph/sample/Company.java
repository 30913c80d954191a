package io.seamgraph.sample;

import java.util.List;
import java.util.Set;

/** The organisation of the sample company: business units, the channels each owns, and the shared vocabulary. */
final class Company {

    static final String MARKETING = "marketing";
    static final String SALES = "sales";
    static final String ECOMMERCE = "ecommerce";
    static final String CUSTOMER_SERVICE = "customer_service";
    static final String BILLING = "billing";
    static final String RETAIL_STORES = "retail_stores";

    static final String WEB = "web";
    static final String APP = "app";
    static final String EMAIL = "email";
    static final String SMS = "sms";
    static final String PHONE = "phone";
    static final String CHAT = "chat";
    static final String STORE = "store";
    static final String SOCIAL = "social";

    /** Channels on which the company and a person talk to each other (as opposed to browsing, orders, visits). */
    static final Set<String> CONVERSATION_CHANNELS = Set.of(EMAIL, SMS, PHONE, CHAT, SOCIAL);

    record Unit(String key, String name, List<String> channels) {
    }

    record Channel(String key, String name) {
    }

    static final List<Unit> UNITS = List.of(
        new Unit(MARKETING, "Marketing", List.of(EMAIL, SMS, SOCIAL)),
        new Unit(SALES, "Sales", List.of(PHONE)),
        new Unit(ECOMMERCE, "E-commerce", List.of(WEB, APP)),
        new Unit(CUSTOMER_SERVICE, "Customer service", List.of(PHONE, CHAT, EMAIL)),
        new Unit(BILLING, "Billing", List.of(EMAIL, SMS)),
        new Unit(RETAIL_STORES, "Retail stores", List.of(STORE)));

    static final List<Channel> CHANNELS = List.of(
        new Channel(WEB, "Website"), new Channel(APP, "Mobile app"), new Channel(EMAIL, "E-mail"),
        new Channel(SMS, "SMS"), new Channel(PHONE, "Phone (call centre and IVR)"), new Channel(CHAT, "Live chat"),
        new Channel(STORE, "Store"), new Channel(SOCIAL, "Social media"));

    // ---- interaction vocabulary shared by every extract (canonical values after the sources YAML's value maps)
    static final String BRAND = "brand-2026";

    static final String RESOLVED = "resolved";
    static final String UNRESOLVED = "unresolved";
    static final String TRANSFERRED = "transferred";
    static final String ESCALATED = "escalated";
    static final String CALLBACK_PROMISED = "callback_promised";

    static final String TOPIC_DELIVERY = "delivery";
    static final String TOPIC_REFUND = "refund";
    static final String TOPIC_BILLING = "billing_query";
    static final String TOPIC_PRODUCT = "product_question";
    static final String TOPIC_ACCOUNT = "account_access";
    static final String TOPIC_ORDER = "order";
    static final String TOPIC_INVOICE = "invoice";
    static final String TOPIC_PAYMENT = "payment";

    static final String PURPOSE_EMAIL = "marketing_email";
    static final String PURPOSE_SMS = "marketing_sms";
    static final String PURPOSE_SERVICE = "service";

    static final String PROMISE_DELIVERY = "delivery";
    static final String PROMISE_REFUND = "refund";
    static final String PROMISE_CALLBACK = "callback";

    static final String TYPE_ORDER = "order";
    static final String TYPE_DELIVERY = "delivery";
    static final String TYPE_REFUND = "refund";
    static final String TYPE_CALLBACK = "callback";
    static final String TYPE_PURCHASE = "purchase";

    static final String STAGE_SHOP = "shop";
    static final String STAGE_BUY = "buy";
    static final String STAGE_SERVICE = "service";

    private Company() {
    }
}
