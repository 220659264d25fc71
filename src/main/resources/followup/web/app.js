// Keeps the page current: asks the server every two seconds whether anything changed, and if so replaces the live
// part with the server's new rendering. Nothing else; the page works without it (it then says to reload it to see
// changes).
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) {
    return;
  }
  // the page says it is a snapshot until this script runs: from now on it follows the daemon
  var follows = document.getElementById('follows');
  if (follows) {
    follows.textContent = 'This page follows the daemon as it works.';
  }
  var version = live.getAttribute('data-version');
  // the page of one candidate (?candidate=NAME) follows that candidate's part only
  var view = window.location.search;
  var status = document.getElementById('updated');
  function busy() {
    var a = document.activeElement;
    return a && live.contains(a) && a.tagName === 'INPUT' && a.value !== '';
  }
  // what is shown stays for reading when the daemon stops answering, but the page says it may be out of date
  var gone = false;
  function say(text, stale) {
    gone = stale;
    if (status) {
      status.textContent = text;
      status.className = stale ? 'stale' : '';
    }
  }
  // the problems last said (of the input, or the state database out of reach), and since when: said again only
  // when they change
  var problems = null;
  var brokenSince = null;
  var unreachable = false;
  function cannotRead(s) {
    var now = s && (s.unreachable || (s.problems && s.problems.join('; ')));
    if (now && now !== problems) {
      brokenSince = brokenSince || since();
      problems = now;
      unreachable = !!s.unreachable;
      say(unreachable ? now + ' Since ' + brokenSince + ', what this page shows may be out of date.'
        : 'followup cannot read its input since ' + brokenSince + ', so what this page shows may be out of date.'
          + ' Fix: ' + now, true);
    }
    return null;
  }
  function since() {
    return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  }
  // a keyboard's or a screen reader's place in the live part, told by what the control does, not by where it is
  // (most buttons and links have no id): its id, a link's address, or a form's action, interview and button
  function place(el) {
    if (el.id) {
      return '#' + el.id;
    }
    if (el.tagName === 'A') {
      return 'a ' + el.getAttribute('href');
    }
    if (el.form) {
      var id = el.form.elements.namedItem('id');
      return el.tagName + ' ' + el.form.getAttribute('action') + ' ' + (id ? id.value : '') + ' ' + el.className;
    }
    return null;
  }
  function find(wanted) {
    var all = live.querySelectorAll('a, button, input, select, textarea');
    for (var i = 0; i < all.length; i++) {
      if (place(all[i]) === wanted) {
        return all[i];
      }
    }
    return null;
  }
  function poll() {
    fetch('/state' + view, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) {
        if (r.status === 401 || r.status === 403) {
          if (!gone || problems !== null) {
            problems = null;
            brokenSince = null;
            say('followup no longer lets this page in (its token changed?) since ' + since()
              + ': open the address `followup web-url` prints.', true);
          }
          return null;
        }
        if (!r.ok) {
          // the config or a record went bad while the daemon runs: say what to fix, as validate would; or the
          // state database cannot be reached: say which server, and what to check
          return r.json().then(cannotRead, function () { return null; });
        }
        return r.json();
      })
      .then(function (s) {
        if (s && gone) {
          say((problems === null ? 'followup answers again' : unreachable ? 'The state database answers again'
            : 'followup reads its input again') + ' (' + since() + ').', false);
          problems = null;
          brokenSince = null;
        }
        if (!s || s.version === version || busy()) {
          return null;
        }
        return fetch('/fragment' + view, { credentials: 'same-origin', cache: 'no-store' })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) {
            if (html === null) {
              return;
            }
            var focused = document.activeElement && live.contains(document.activeElement)
              ? place(document.activeElement) : null;
            live.innerHTML = html;
            version = s.version;
            live.setAttribute('data-version', version);
            if (focused) {
              var again = find(focused);
              if (again) {
                again.focus();
              }
            }
            say('Updated at ' + since() + '.', false);
          });
      })
      .catch(function () {
        // the daemon stopped or restarts: say so once, and try again
        if (!gone || problems !== null) {
          problems = null;
          brokenSince = null;
          say('followup does not answer (stopped?) since ' + since() + ': what this page shows may be out of'
            + ' date.', true);
        }
      })
      .then(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 2000);
}());
