// The sign-in page: on success back to where the user came from (?next=, same origin only), else the landing page.
import { signIn } from '/session.js';

const form = document.querySelector('#sign-in');
const error = document.querySelector('#error');

function next() {
  const target = new URLSearchParams(location.search).get('next') || '/';
  // only a path of this origin: never an address that would carry the user off-site
  return target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

function explain(failure) {
  if (failure.status === 429) {
    return `Đăng nhập sai quá nhiều lần; thử lại sau ${failure.retryAfter} giây. · Too many failed sign-ins; try again in ${failure.retryAfter} s.`;
  }
  if (failure.status === 403) return 'Tài khoản đã bị khoá; liên hệ quản trị viên. · This account is disabled; ask an admin.';
  if (failure.status === 401) return 'Sai tên đăng nhập hoặc mật khẩu. · Wrong username or password.';
  return `Không đăng nhập được (${failure.message}). · Could not sign in.`;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  form.querySelector('#submit').disabled = true;
  try {
    await signIn(form.username.value.trim(), form.password.value);
    location.assign(next());
  } catch (failure) {
    error.textContent = explain(failure);
    error.hidden = false;
  } finally {
    form.querySelector('#submit').disabled = false;
  }
});
