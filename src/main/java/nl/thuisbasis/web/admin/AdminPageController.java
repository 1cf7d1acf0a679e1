package nl.thuisbasis.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Beheer": the index of the administrator's pages (CBS import, processing log, the API's documentation). */
@Controller
class AdminPageController {

    @GetMapping("/beheer")
    String admin() {
        return "admin";
    }
}
