package org.guerillapolicy.platform;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Keeps a form on its page when a field could not be converted at all (a choice no form offers, letters for a
 * number). Spring then binds the form through its constructor with that field empty, but leaves the binding result
 * without the form, so the page could not show what was typed; this puts the two back together.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** The binding result to go on with: the one given, or one holding the form and the same errors. */
    public static BindingResult withForm(Model model, String name, Object form, BindingResult errors) {
        if (errors.getTarget() != null || form == null) {
            return errors;
        }
        BindingResult withForm = new BeanPropertyBindingResult(form, name);
        withForm.addAllErrors(errors);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, withForm);
        return withForm;
    }
}
