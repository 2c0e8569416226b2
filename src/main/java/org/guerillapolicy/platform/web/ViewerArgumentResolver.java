package org.guerillapolicy.platform.web;

import org.guerillapolicy.platform.SignedInPrincipal;
import org.guerillapolicy.platform.Viewer;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets any controller method take the current {@link Viewer} as a parameter. */
class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

    static Viewer currentViewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPrincipal principal) {
            return new Viewer(principal.accountId(), principal.username(), principal.displayName());
        }
        return Viewer.anonymous();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return currentViewer();
    }
}
