// Byline's own update code for the preview page. It runs in Qt WebEngine's
// application world, apart from the page: the article's content never runs
// script (JavaScript is off for the page), and this code is the only script.
(function () {
    'use strict';
    if (window.bylinePatch)
        return;

    function slot(name) {
        return document.querySelector('[data-byline-slot="' + name + '"]');
    }

    // Parses trusted renderer output into nodes without running anything.
    function nodes(html) {
        const template = document.createElement('template');
        template.innerHTML = html;
        return Array.from(template.content.childNodes);
    }

    function blockElements(body) {
        return Array.from(body.children);
    }

    window.bylinePatch = function (patch) {
        const slots = patch.slots || {};
        for (const name in slots) {
            const element = slot(name);
            if (element)
                element.innerHTML = slots[name];
        }
        if (patch.body) {
            const body = slot('body');
            if (!body)
                return false;
            const blocks = blockElements(body);
            const start = patch.body.start;
            for (let i = 0; i < patch.body.remove; ++i) {
                if (blocks[start + i])
                    blocks[start + i].remove();
            }
            const before = blocks[start + patch.body.remove] || null;
            for (const html of patch.body.insert) {
                for (const node of nodes(html))
                    body.insertBefore(node, before);
            }
        }
        return true;
    };

    // Brings the part being edited into view, if it is not already.
    window.bylineFollow = function (target) {
        let element = null;
        if (target.block !== undefined) {
            const body = slot('body');
            element = body ? blockElements(body)[target.block] : null;
        } else if (target.slot) {
            element = slot(target.slot);
        }
        if (!element)
            return false;
        const box = element.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight)
            element.scrollIntoView({block: 'center'});
        return true;
    };

    window.bylineScroll = function (y) {
        if (y === undefined)
            return window.scrollY;
        window.scrollTo(0, y);
        return y;
    };
})();
